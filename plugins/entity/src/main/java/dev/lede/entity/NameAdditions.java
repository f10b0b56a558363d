package dev.lede.entity;

import dev.lede.annotation.EntityType;
import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.gazetteer.GazetteerCategory;
import dev.lede.entity.model.NameSpan;
import dev.lede.entity.model.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the tagger missed: repeats of a name tagged elsewhere in the article, listed products, nationality words
 * and unknown acronyms in running text. Each adds only over words no name covers yet. Stateless, thread-safe.
 */
final class NameAdditions {
    private final Gazetteer gazetteer;

    NameAdditions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Adds untagged repeats of names tagged elsewhere in the article (case aside, longest name first), with the
     * name's majority type: "Ukrinform" after "UkrinForm". A one-word name at a sentence start is not repeated when
     * the article also uses the word in lower case.
     */
    void addMissed(Words words, Set<String> lowerWords, Map<String, EntityType> majority, boolean[] covered,
                   List<NameSpan> out) {
        Map<String, List<String>> byFirstWord = new HashMap<>();
        for (String name : majority.keySet()) {
            if (Character.isUpperCase(name.charAt(0))) {
                byFirstWord.computeIfAbsent(name.split(" ")[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(name);
            }
        }
        for (List<String> names : byFirstWord.values()) {
            names.sort(Comparator.comparingInt(String::length).reversed());
        }
        for (int i = 0; i < words.size(); i++) {
            if (covered[i] || !Character.isUpperCase(words.word(i).charAt(0))) {
                continue;
            }
            List<String> candidates = byFirstWord.get(words.word(i).toLowerCase(Locale.ROOT));
            if (candidates == null) {
                continue;
            }
            for (String name : candidates) {
                int n = name.split(" ").length;
                if (i + n > words.sentenceEnd()[i] || !words.phrase(i, i + n).equalsIgnoreCase(name)
                        || NameLexicon.isAllCaps(words.phrase(i, i + n)) != NameLexicon.isAllCaps(name)) {
                    continue;
                }
                boolean free = true;
                for (int k = i; k < i + n; k++) {
                    free &= !covered[k];
                }
                if (n == 1 && words.sentenceStart()[i] == i
                        && lowerWords.contains(name.toLowerCase(Locale.ROOT))) {
                    free = false;
                }
                if (free) {
                    out.add(new NameSpan(i, i + n, majority.get(name)));
                    for (int k = i; k < i + n; k++) {
                        covered[k] = true;
                    }
                    break;
                }
            }
        }
    }

    /**
     * Marks listed products the model left untagged ("Patriot" in "Patriot systems": the training news has few
     * weapon or product names), except at the start of a sentence where a capital says nothing.
     */
    void addProducts(Words words, boolean[] covered, List<NameSpan> out) {
        int[] begin = new int[words.size()];
        int[] inside = new int[words.size()];
        gazetteer.match(words, 0, words.size(), begin, inside);
        for (int i = 0; i < words.size(); i++) {
            if (!GazetteerCategory.PRODUCT.in(begin[i]) || covered[i] || words.sentenceStart()[i] == i) {
                continue;
            }
            int end = i + 1;
            while (end < words.size() && GazetteerCategory.PRODUCT.in(inside[end]) && !covered[end]) {
                end++;
            }
            if (gazetteer.contains(words.phrase(i, end), GazetteerCategory.PRODUCT)) {
                out.add(new NameSpan(i, end, EntityType.MISC));
                for (int k = i; k < end; k++) {
                    covered[k] = true;
                }
            }
        }
    }

    /**
     * Marks nationality and group words the model left untagged ("German" in "German Chancellor"): Lede reports
     * them as NORP although some training documents (GUM) leave adjectives unannotated. Words that are as often
     * plain adjectives ("Western", "Liberal") are left to the model.
     */
    void addNationalities(Words words, boolean[] covered, List<NameSpan> out) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.word(i);
            if (covered[i] || !Character.isUpperCase(w.charAt(0)) || NameLexicon.AMBIGUOUS_GROUPS.contains(w)
                    || NameLexicon.isAllCaps(w) && w.length() > 1) {
                continue;
            }
            int cats = gazetteer.categories(w);
            if (GazetteerCategory.NORP.in(cats) && !GazetteerCategory.COUNTRY.in(cats)) {
                out.add(new NameSpan(i, i + 1, EntityType.NORP));
                covered[i] = true;
            }
        }
    }

    /**
     * Marks the untagged name in "the town of Yeoncheon", "the village of Ostrava": the noun before "of" says
     * it is a place (one or two capitalised words).
     */
    void addSettlements(Words words, boolean[] covered, List<NameSpan> out) {
        for (int i = 2; i < words.size(); i++) {
            if (covered[i] || !Character.isUpperCase(words.word(i).charAt(0)) || NameLexicon.isAllCaps(words.word(i))
                    || !words.word(i - 1).equals("of") || !PlaceCues.SETTLEMENT_NOUNS.contains(words.word(i - 2))
                    || words.sentenceStart()[i] > i - 2) {
                continue;
            }
            int end = i + 1;
            while (end < words.sentenceEnd()[i] && end - i < 3 && !covered[end]
                    && Character.isUpperCase(words.word(end).charAt(0))) {
                end++;   // "the village of Clyst St. Mary"
            }
            out.add(new NameSpan(i, end, EntityType.LOCATION));
            for (int k = i; k < end; k++) {
                covered[k] = true;
            }
        }
    }

    /** Marks hashtags ("#IStandWithNora"): a campaign or slogan, reported as MISC. */
    void addHashtags(Words words, boolean[] covered, List<NameSpan> out) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.word(i);
            if (!covered[i] && w.length() >= 3 && w.charAt(0) == '#' && Character.isLetter(w.charAt(1))) {
                out.add(new NameSpan(i, i + 1, EntityType.MISC));
                covered[i] = true;
            }
        }
    }

    private static final Pattern INITIALISM = Pattern.compile("([A-Z]{2,5})(\\d{0,3})");

    /**
     * Marks an untagged initialism of a name the article spells out, with an optional version number: "IE6" after
     * "Internet Explorer", "WHO" after "World Health Organization"; it takes the type of the full name.
     */
    void addInitialisms(Words words, SentenceStyles styles, boolean[] covered, List<NameSpan> out) {
        Map<String, EntityType> byInitials = new HashMap<>();
        for (NameSpan s : out) {
            if (s.end() - s.first() < 2) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            for (int i = s.first(); i < s.end(); i++) {
                char c = words.word(i).charAt(0);
                if (Character.isUpperCase(c)) {
                    initials.append(c);
                } else if (Character.isDigit(c)) {
                    break;
                }
            }
            if (initials.length() >= 2) {
                byInitials.putIfAbsent(initials.toString(), s.type());
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (covered[i] || styles.inCapitals(i)) {
                continue;
            }
            Matcher m = INITIALISM.matcher(words.word(i));
            EntityType type = m.matches() ? byInitials.get(m.group(1)) : null;
            if (type != null && type != EntityType.PERSON) {
                out.add(new NameSpan(i, i + 1, type));
                covered[i] = true;
            }
        }
    }

    /**
     * An all-capital word of 3 to 6 letters in running text that the model left untagged is almost always an
     * organisation in news ("MENAFN", "KCNA"), unless it is a common abbreviation or a place. Whole capitalised
     * headlines are skipped.
     */
    void addAcronyms(Words words, SentenceStyles styles, boolean[] covered, List<NameSpan> out) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.word(i);
            if (covered[i] || w.length() < 3 || w.length() > 6 || !NameLexicon.isAllCaps(w) || NameLexicon.COMMON_ACRONYMS.contains(w)
                    || gazetteer.categories(w) != 0 || styles.inCapitals(i)) {
                continue;
            }
            boolean letters = true;
            for (int k = 0; k < w.length(); k++) {
                letters &= Character.isLetter(w.charAt(k));
            }
            if (letters && !isRomanNumeral(w)) {
                out.add(new NameSpan(i, i + 1, EntityType.ORGANIZATION));
                covered[i] = true;
            }
        }
    }

    private static boolean isRomanNumeral(String w) {
        return w.chars().allMatch(c -> "IVXLCDM".indexOf(c) >= 0);
    }
}
