package dev.lede.entity;

import dev.lede.annotation.EntityType;
import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.gazetteer.GazetteerCategory;
import dev.lede.entity.model.NameSpan;
import dev.lede.entity.model.Words;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Brand names used as common nouns: "100 Polaroids", "the Polaroids were ready", "the Polaroid camera". People are
 * not counted or pluralised, so a capitalised word the tagger called a person that the article also uses in the
 * plural after a numeral or determiner is a product: the plural is no name at all and the singular is MISC. Family
 * plurals ("the Kennedys" after "John Kennedy") are spared: the singular is then a surname of a full name.
 * Stateless, thread-safe.
 */
final class PluralNames {
    /** Words before a plural that count or determine it ("100 Polaroids", "their Polaroids"). */
    private static final Set<String> DETERMINERS = Set.of("the", "these", "those", "their", "his", "her", "its",
            "our", "your", "own", "some", "many", "several", "all", "two", "three", "four", "five", "dozens",
            "hundreds", "of");

    private final Gazetteer gazetteer;

    PluralNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The spans with product plurals dropped and their singulars MISC; cut from the end of a longer name. */
    List<NameSpan> apply(Words words, List<NameSpan> spans) {
        Set<String> products = products(words, spans);
        if (products.isEmpty()) {
            return spans;
        }
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan s : spans) {
            String last = words.word(s.end() - 1);
            boolean singular = products.contains(last + "s");
            if (s.type() != EntityType.PERSON || !singular && !products.contains(last)) {
                out.add(s);
            } else if (s.end() - s.first() > 1) {
                out.add(new NameSpan(s.first(), s.end() - 1, s.type()));   // "Warhol Polaroids": the owner
            } else if (singular) {
                out.add(new NameSpan(s.first(), s.end(), EntityType.MISC));
            }
        }
        return out;
    }

    /** Plurals tagged as persons that the article counts or determines, whose singular it also uses. */
    private Set<String> products(Words words, List<NameSpan> spans) {
        Set<String> surnames = new HashSet<>();
        Set<String> personPlurals = new HashSet<>();
        for (NameSpan s : spans) {
            if (s.type() != EntityType.PERSON) {
                continue;
            }
            String last = words.word(s.end() - 1);
            int firstCats = gazetteer.categories(words.word(s.first()));
            if (s.end() - s.first() > 1 && GazetteerCategory.isGivenName(firstCats)) {
                surnames.add(last);
            }
            if (last.length() > 4 && last.endsWith("s") && !last.endsWith("ss")
                    && Character.isUpperCase(last.charAt(0)) && !NameLexicon.isAllCaps(last)) {
                personPlurals.add(last);
            }
        }
        Set<String> counted = new HashSet<>();
        Set<String> singulars = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.word(i);
            if (personPlurals.contains(w) && i > words.sentenceStart()[i]) {
                String before = words.word(i - 1);
                if (DETERMINERS.contains(before) || Character.isDigit(before.charAt(0))) {
                    counted.add(w);
                }
            }
            singulars.add(w);
        }
        Set<String> out = new HashSet<>();
        for (String plural : counted) {
            String singular = plural.substring(0, plural.length() - 1);
            if (singulars.contains(singular) && !surnames.contains(singular) && !surnames.contains(plural)) {
                out.add(plural);
            }
        }
        return out;
    }
}
