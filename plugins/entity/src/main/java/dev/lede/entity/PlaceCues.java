package dev.lede.entity;

import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.gazetteer.GazetteerCategory;
import dev.lede.entity.model.NameSpan;
import dev.lede.entity.model.Words;

import java.util.Set;

/**
 * Context that says a name is a place: a "Town, Region" address ("Evansville, Indiana": both names are places
 * whatever the tagger thought; it calls them organisations near a university of the same name), and locatives
 * that weigh against a person reading ("the village of Mahala", "in Chechnya"). Stateless, thread-safe.
 */
final class PlaceCues {
    private static final int MAX_WORDS = 3;

    private final Gazetteer gazetteer;

    PlaceCues(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Whether the name is the town or the region of a "Town, Region" pair. */
    boolean inAddress(Words words, NameSpan s) {
        String name = words.phrase(s.first(), s.end());
        int cats = gazetteer.categories(name);
        if (GazetteerCategory.CITY.in(cats) && s.end() + 1 < words.sentenceEnd()[s.first()]
                && words.word(s.end()).equals(",") && isRegionAt(words, s.end() + 1)) {
            return true;
        }
        if (!GazetteerCategory.REGION.in(cats) && !GazetteerCategory.COUNTRY.in(cats) || s.first() < 2
                || !words.word(s.first() - 1).equals(",")) {
            return false;
        }
        int after = s.end();
        if (after + 1 < words.sentenceEnd()[s.first()] && words.word(after).equals(",")
                && Character.isUpperCase(words.word(after + 1).charAt(0)) && !isPlaceAt(words, after + 1)) {
            return false;   // "Delta, Frontier, Hawaiian": a list of names
        }
        int townEnd = s.first() - 1;
        for (int from = townEnd - 1; from >= Math.max(words.sentenceStart()[s.first()], townEnd - MAX_WORDS); from--) {
            if (gazetteer.contains(words.phrase(from, townEnd), GazetteerCategory.CITY)
                    && Character.isUpperCase(words.word(from).charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** Common nouns that, in "the village of X", make X a place (shared with the additions). */
    static final Set<String> SETTLEMENT_NOUNS = Set.of("town", "city", "village", "province",
            "region", "district", "county", "state", "island", "port", "municipality", "capital", "suburb", "hamlet");

    /**
     * Votes a locative context gives a one-word name tagged as a person: "the village of Mahala" 3 (as strong as
     * an address), "peace in Chechnya" or "near Mahala" 2 (people are seldom "in" someone); 0 otherwise, and 0
     * before a possessive ("in Smith's view").
     */
    int locativeVotes(Words words, NameSpan s) {
        if (s.end() - s.first() != 1 || s.first() == words.sentenceStart()[s.first()]) {
            return 0;
        }
        if (s.end() < words.size() && (NameLexicon.isPossessive(words.word(s.end()))
                || words.word(s.end()).equals("and") || words.word(s.end()).equals("v") || words.word(s.end()).equals("v."))) {
            return 0;   // "in Smith's view", "set out in Moran and Pyle" (a case), "in Smith v. Jones"
        }
        String before = words.word(s.first() - 1);
        if (before.equals("of") && s.first() >= 2 && SETTLEMENT_NOUNS.contains(words.word(s.first() - 2))) {
            return 3;
        }
        return before.equals("in") || before.equals("near") ? 2 : 0;
    }

    /** Whether a country or region name of up to three words starts at word i (no list check). */
    private boolean isPlaceAt(Words words, int i) {
        for (int to = i + 1; to <= Math.min(words.sentenceEnd()[i], i + MAX_WORDS); to++) {
            int cats = gazetteer.categories(words.phrase(i, to));
            if (GazetteerCategory.REGION.in(cats) || GazetteerCategory.COUNTRY.in(cats)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a region or country name of up to three words starts at word i. */
    private boolean isRegionAt(Words words, int i) {
        int end = words.sentenceEnd()[i];
        for (int to = i + 1; to <= Math.min(end, i + MAX_WORDS); to++) {
            int cats = gazetteer.categories(words.phrase(i, to));
            // the region must end there: "Barnsley, Manchester City" is a list of clubs, not an address
            boolean whole = to == end || !Character.isUpperCase(words.word(to).charAt(0));
            // "Delta, Frontier, Hawaiian": a list goes on with another name; an address with a bigger place only
            if (whole && to + 1 < end && words.word(to).equals(",")
                    && Character.isUpperCase(words.word(to + 1).charAt(0)) && !isPlaceAt(words, to + 1)) {
                whole = false;
            }
            if ((GazetteerCategory.REGION.in(cats) || GazetteerCategory.COUNTRY.in(cats)) && whole
                    && Character.isUpperCase(words.word(i).charAt(0))) {
                return true;
            }
        }
        return false;
    }
}
