package dev.lede.entity;

import dev.lede.analyzer.Cancellation;
import dev.lede.annotation.EntityType;
import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.gazetteer.GazetteerCategory;
import dev.lede.entity.model.NameSpan;
import dev.lede.entity.model.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Second pass over the tagger's names, at document level: single names are repaired ({@link SpanRepairs}),
 * unreliable capitals are discounted ({@link HeadlineRules}), run-together names are split ({@link MergedNames}),
 * every occurrence of a name string takes the type most of its occurrences and their contexts voted for
 * ({@link ContextVotes}), names the tagger missed are added ({@link NameAdditions}) and brand plurals dropped
 * ({@link PluralNames}). Stateless and thread-safe.
 */
final class DocumentConsistency {
    private final SpanRepairs repairs;
    private final HeadlineRules headlines;
    private final NameAdditions additions;
    private final ContextVotes contextVotes;
    private final MergedNames merged;
    private final PluralNames plurals;
    private final Gazetteer gazetteer;

    DocumentConsistency(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.repairs = new SpanRepairs(gazetteer);
        this.headlines = new HeadlineRules(gazetteer);
        this.additions = new NameAdditions(gazetteer);
        this.contextVotes = new ContextVotes(gazetteer);
        this.merged = new MergedNames(gazetteer);
        this.plurals = new PluralNames(gazetteer);
    }

    List<NameSpan> apply(Words words, List<NameSpan> tagged) {
        List<NameSpan> spans = new ArrayList<>();
        for (NameSpan s : tagged) {
            NameSpan t = repairs.trim(words, s);
            if (t != null) {
                for (NameSpan part : repairs.splitPersonOf(words, t)) {
                    repairs.splitAtTitle(words, part, spans);
                }
            }
        }
        Set<String> lowerCase = words.lowerCaseWords(); // the article's words written in lower case somewhere
        spans = headlines.datelines(words, headlines.dropCapitalisedCommonWords(words, lowerCase, spans));
        spans = repairs.joinOfNames(words, spans);
        spans = headlines.checkTitleCaseLines(words, spans);
        spans = merged.split(words, spans);
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        spans.sort(Comparator.comparingInt(NameSpan::first));
        for (int k = 0; k < spans.size(); k++) {
            NameSpan s = spans.get(k);
            Map<EntityType, Integer> v = votes.computeIfAbsent(words.phrase(s.first(), s.end()),
                    key -> new EnumMap<>(EntityType.class));
            v.merge(s.type(), 1, Integer::sum);
            ContextVotes.Vote cue = contextVotes.vote(words, spans, k);
            if (cue != null) {
                v.merge(cue.type(), cue.weight(), Integer::sum);
            }
        }
        Map<String, EntityType> majority = new HashMap<>();
        votes.forEach((k, v) -> majority.put(k, v.entrySet().stream()
                .max(Map.Entry.<EntityType, Integer>comparingByValue()).orElseThrow().getKey()));
        Set<String> surnames = surnames(majority);
        Map<String, String> givenNames = givenNames(majority);
        for (int k = 0; k < spans.size(); k++) {
            NameSpan s = spans.get(k);
            String phrase = words.phrase(s.first(), s.end());
            if (majority.get(phrase) == EntityType.PERSON && isAffiliation(words, spans, k, surnames)) {
                majority.put(phrase, EntityType.ORGANIZATION);
            }
        }
        boolean[] covered = new boolean[words.size()];
        List<NameSpan> out = new ArrayList<>();
        for (NameSpan s : spans) {
            EntityType type = majority.get(words.phrase(s.first(), s.end()));
            if (type != EntityType.PERSON && (isSurnameAlone(words, s, surnames)
                    || isGivenNameAlone(words, s, givenNames))) {
                type = EntityType.PERSON;
            }
            out.add(new NameSpan(s.first(), s.end(), type));
            for (int i = s.first(); i < s.end(); i++) {
                covered[i] = true;
            }
        }
        // after the vote, so that "Internet Explorer 6" still counts as a vote for "Internet Explorer"
        out = repairs.joinHeadsAndNumbers(words, out);
        for (NameSpan s : out) {
            for (int i = s.first(); i < s.end(); i++) {
                covered[i] = true;
            }
        }
        additions.addMissed(words, lowerCase, majority, covered, out);
        addSurnames(words, lowerCase, surnames, covered, out);
        additions.addProducts(words, covered, out);
        additions.addNationalities(words, covered, out);
        additions.addInitialisms(words, covered, out);
        additions.addHashtags(words, covered, out);
        additions.addSettlements(words, covered, out);
        additions.addAcronyms(words, covered, out);
        out.sort(Comparator.comparingInt(NameSpan::first));
        // names added above may complete a name the tagger missed as a whole: "Church" + "of" + "Scientology",
        // "Greek" + "Orthodox Church"
        out = repairs.joinHeadsAndNumbers(words, repairs.joinOfNames(words, out));
        return plurals.apply(words, AdjacentJoins.join(words, out));
    }

    /**
     * A one-word "person" that a full person name belongs to is a party or company: "Nathan Law of Demosisto",
     * "Youngspiration 's Yau Wai-ching". Not when the word is a known first name or a surname used in the article.
     */
    private boolean isAffiliation(Words words, List<NameSpan> sorted, int k, Set<String> surnames) {
        NameSpan s = sorted.get(k);
        if (s.end() - s.first() != 1) {
            return false;
        }
        String w = words.word(s.first());
        int cats = gazetteer.categories(w);
        if (surnames.contains(w) || GazetteerCategory.isGivenName(cats)) {
            return false;
        }
        NameSpan prev = k > 0 ? sorted.get(k - 1) : null;
        NameSpan next = k + 1 < sorted.size() ? sorted.get(k + 1) : null;
        boolean personOf = prev != null && prev.type() == EntityType.PERSON && prev.end() - prev.first() >= 2
                && prev.end() == s.first() - 1 && words.word(prev.end()).equals("of");
        boolean possessorOfPerson = next != null && next.type() == EntityType.PERSON && next.end() - next.first() >= 2
                && s.end() + 1 == next.first() && NameLexicon.isPossessive(words.word(s.end()));
        return personOf || possessorOfPerson;
    }

    /**
     * Ends of the multi-word person names of the article: the last word ("Paris" of "Valeska Paris") and longer
     * endings ("Suu Kyi" of "Aung San Suu Kyi").
     */
    private static Set<String> surnames(Map<String, EntityType> majority) {
        Set<String> out = new HashSet<>();
        majority.forEach((name, type) -> {
            if (type != EntityType.PERSON) {
                return;
            }
            for (int space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
                out.add(name.substring(space + 1));
            }
        });
        return out;
    }

    /**
     * First words of the multi-word person names of the article, each with its surname; "" when it does not say who
     * is meant: two people share the given name, or the name has more words ("Maui Divers Jewelry", a shop the
     * tagger took for a person, is not a name to go by).
     */
    private static Map<String, String> givenNames(Map<String, EntityType> majority) {
        Map<String, String> out = new HashMap<>();
        majority.forEach((name, type) -> {
            int space = name.indexOf(' ');
            if (type == EntityType.PERSON && space > 0) {
                String rest = name.substring(space + 1);
                out.merge(name.substring(0, space), rest.indexOf(' ') >= 0 ? "" : rest, (a, b) -> "");
            }
        });
        return out;
    }

    /**
     * A one-word name that is the given name of a person the article names in full, and that the article never
     * uses as a place, refers to that person when the article never calls the person by the surname alone: features
     * about children and athletes do ("Georgia Stevens ... Georgia began skating at four"), where the tagger reads
     * a state or a country.
     */
    private boolean isGivenNameAlone(Words words, NameSpan s, Map<String, String> givenNames) {
        Cancellation.check(); // called per name, and reads the whole document
        if (s.end() - s.first() != 1) {
            return false;
        }
        String w = words.word(s.first());
        String surname = givenNames.get(w);
        if (surname == null || surname.isEmpty()) {
            return false;
        }
        int cats = gazetteer.categories(w);
        if (!GazetteerCategory.isGivenName(cats) || GazetteerCategory.NORP.in(cats)) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.word(i);
            String previous = i > 0 ? words.word(i - 1) : "";
            if (word.equals(surname) && (previous.isEmpty() || !Character.isUpperCase(previous.charAt(0)))) {
                return false; // "Stevens said": the article calls the person by the surname
            }
            if (word.equals(w) && LOCATIVES.contains(previous.toLowerCase(java.util.Locale.ROOT))
                    && !(i + 1 < words.size() && NameLexicon.isPossessive(words.word(i + 1)))) {
                return false; // "in Georgia" (not "from Georgia's hard work"): the article also names the place
            }
        }
        return true;
    }

    /**
     * A one-word name that is the surname of a person the article names in full refers to that person, even when
     * the word is also a city ("Paris said" after "Valeska Paris"); not after a place preposition ("in Paris"), and
     * never for a country or nationality word, which news uses far more often than such a surname.
     */
    private boolean isSurnameAlone(Words words, NameSpan s, Set<String> surnames) {
        if (s.end() - s.first() > 1) {
            // "Suu Kyi" after "Aung San Suu Kyi": a multi-word ending is the person unless it is a place itself
            String phrase = words.phrase(s.first(), s.end());
            int cats = gazetteer.categories(phrase);
            return surnames.contains(phrase) && !GazetteerCategory.COUNTRY.in(cats) && !GazetteerCategory.CITY.in(cats)
                    && !GazetteerCategory.REGION.in(cats);
        }
        if (!surnames.contains(words.word(s.first()))) {
            return false;
        }
        int cats = gazetteer.categories(words.word(s.first()));
        if (GazetteerCategory.COUNTRY.in(cats) || GazetteerCategory.NORP.in(cats) || GazetteerCategory.REGION.in(cats)) {
            return false;
        }
        int before = s.first() - 1;
        return before < words.sentenceStart()[s.first()]
                || !PLACE_PREPOSITIONS.contains(words.word(before).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Marks untagged surnames of people the article names in full: "King said" after "Billie Jean King". Not a
     * word the article also uses in lower case ("Coal isn't the villain" after a "Patriot Coal" read as a person).
     */
    private void addSurnames(Words words, Set<String> lower, Set<String> surnames, boolean[] covered,
                             List<NameSpan> out) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.word(i);
            if (covered[i] || w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || NameLexicon.isAllCaps(w)
                    || !surnames.contains(w) || NameLexicon.isInstitutionWord(w)
                    || lower.contains(w.toLowerCase(java.util.Locale.ROOT))
                    || i + 1 < words.size() && (words.word(i + 1).equals("n't") || words.word(i + 1).equals("n’t"))) {
                continue;
            }
            NameSpan s = new NameSpan(i, i + 1, EntityType.PERSON);
            if (isSurnameAlone(words, s, surnames)) {
                out.add(s);
                covered[i] = true;
            }
        }
    }

    /** Prepositions that, unlike "to" or "of", are never followed by a person's name. */
    private static final Set<String> LOCATIVES = Set.of("in", "at", "from", "near", "into", "outside", "across",
            "throughout");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "to", "near", "into",
            "outside", "across", "toward", "towards", "via", "of");
}
