package dev.lede.entity;

import dev.lede.annotation.EntityType;
import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.gazetteer.GazetteerCategory;
import dev.lede.entity.model.NameSpan;
import dev.lede.entity.model.Words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where capitals say little: sentence-initial common words ("Port city bets ...") and Title Case headlines, in
 * which a name is kept only as far as the article or the gazetteer backs it. Stateless, thread-safe.
 */
final class HeadlineRules {
    private final Gazetteer gazetteer;

    HeadlineRules(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A dateline opens the story: only names starting in the first characters are looked at. */
    private static final int DATELINE_CHARS = 300;
    private static final int PLACES = GazetteerCategory.CITY.bit() | GazetteerCategory.REGION.bit()
            | GazetteerCategory.COUNTRY.bit();

    /**
     * The all-capital town of a dateline is a place ("ABERDEEN, Scotland", "LONDON (Reuters) -", "LONDON The
     * Latest"), whatever the tagger read into it: a name starting a line near the top of the story whose leading
     * all-capital words, in title case, are a known place becomes that place alone.
     */
    List<NameSpan> datelines(Words words, List<NameSpan> spans) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan s : spans) {
            out.add(isDatelineStart(words, s) ? datelinePlace(words, s) : s);
        }
        return out;
    }

    /** Whether the name opens a line near the top of the story (most are further down: tested first). */
    private static boolean isDatelineStart(Words words, NameSpan s) {
        int start = words.starts()[s.first()];
        if (start >= DATELINE_CHARS) {
            return false;
        }
        int lineBegin = words.text().lastIndexOf('\n', start - 1) + 1;
        return words.text().substring(lineBegin, start).isBlank();
    }

    /** The leading all-capital words of the name as a place when they are a known one, else the name as it was. */
    private NameSpan datelinePlace(Words words, NameSpan s) {
        int capsEnd = s.first();
        while (capsEnd < s.end() && words.word(capsEnd).length() > 1 && NameLexicon.isAllCaps(words.word(capsEnd))) {
            capsEnd++;
        }
        boolean dateline = capsEnd > s.first() && (capsEnd < s.end() || datelineMark(words, capsEnd))
                && (gazetteer.categories(titleCase(words.phrase(s.first(), capsEnd))) & PLACES) != 0;
        return dateline ? new NameSpan(s.first(), capsEnd, EntityType.LOCATION) : s;
    }

    /**
     * What follows a dateline's town: a comma ("ABERDEEN, Scotland"), a bracket or dash ("LONDON (Reuters) -"), or
     * a date ("PANAMA CITY 1996-08-30"); not a score ("NEW YORK 74 59") or another capital word ("RUGBY LEAGUE").
     */
    private static boolean datelineMark(Words words, int i) {
        if (i >= words.size()) {
            return false;
        }
        String w = words.word(i);
        return w.equals(",") || w.equals("(") || w.equals("-") || w.equals("\u2013") || w.equals("\u2014")
                || w.equals(":") || w.matches("\\d{1,4}[-/]\\d{1,2}([-/]\\d{1,4})?")
                || Character.isUpperCase(w.charAt(0)) && !NameLexicon.isAllCaps(w) && w.length() > 1;
    }

    /** "ST. LOUIS" -> "St. Louis". */
    private static String titleCase(String caps) {
        StringBuilder b = new StringBuilder(caps.length());
        boolean wordStart = true;
        for (int i = 0; i < caps.length(); i++) {
            char c = caps.charAt(i);
            b.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = c == ' ' || c == '-';
        }
        return b.toString();
    }

    /**
     * Drops a one-word name at the start of a sentence when the article also uses the word in lower case and never
     * as a one-word name elsewhere, and it is no known country, city, nationality or product: there the capital
     * only marks the sentence start ("Port city bets on barrier", "Shipping groups welcomed"). First-name lists
     * do not count: they hold "Port" and "Will".
     */
    List<NameSpan> dropCapitalisedCommonWords(Words words, Set<String> lower, List<NameSpan> spans) {
        Map<String, Integer> elsewhere = new HashMap<>();
        for (NameSpan s : spans) {
            if (s.end() - s.first() == 1 && words.sentenceStart()[s.first()] != s.first()) {
                elsewhere.merge(words.word(s.first()), 1, Integer::sum);
            }
        }
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan s : spans) {
            String w = words.word(s.first());
            boolean drop = s.end() - s.first() == 1 && words.sentenceStart()[s.first()] == s.first()
                    && lower.contains(w.toLowerCase(Locale.ROOT)) && !elsewhere.containsKey(w)
                    && (gazetteer.categories(w) & NameLexicon.KNOWN_NAMES) == 0 && !(w.length() > 1 && NameLexicon.isAllCaps(w));
            if (!drop) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * In a Title Case headline ("Zelensky Meets NATO Chief Rutte In Odesa") capitals say nothing and the model
     * runs names together. There a name is kept only as far as the rest of the article or the gazetteer backs it:
     * the longest run of its words that is a name elsewhere in the text, a place, a nationality or an acronym.
     */
    List<NameSpan> checkTitleCaseLines(Words words, SentenceStyles styles, List<NameSpan> spans) {
        Map<String, EntityType> elsewhere = new HashMap<>();
        boolean any = false;
        for (NameSpan s : spans) {
            if (styles.inTitleCase(s.first())) {
                any = true;
            } else {
                elsewhere.putIfAbsent(words.phrase(s.first(), s.end()), s.type());
                if (s.type() == EntityType.PERSON && s.end() - s.first() > 1) {
                    elsewhere.putIfAbsent(words.word(s.end() - 1), EntityType.PERSON);
                }
            }
        }
        if (!any) {
            return spans;
        }
        List<NameSpan> out = new ArrayList<>();
        for (NameSpan s : spans) {
            if (!styles.inTitleCase(s.first())) {
                out.add(s);
                continue;
            }
            int i = s.first();
            while (i < s.end()) {
                int bestEnd = -1;
                EntityType bestType = null;
                for (int j = s.end(); j > i && bestEnd < 0; j--) {
                    String run = words.phrase(i, j);
                    EntityType known = elsewhere.get(run);
                    if (known == null) {
                        known = gazetteerType(run);
                    }
                    if (known == null && j == i + 1 && run.length() > 1 && NameLexicon.isAllCaps(run)) {
                        known = s.type();
                    }
                    if (known != null) {
                        bestEnd = j;
                        bestType = known;
                    }
                }
                if (bestEnd > 0) {
                    out.add(new NameSpan(i, bestEnd, bestType));
                    i = bestEnd;
                } else {
                    i++;
                }
            }
        }
        return out;
    }

    /** The type a gazetteer gives a whole phrase (places, nationalities, products), or null. */
    private EntityType gazetteerType(String phrase) {
        int cats = gazetteer.categories(phrase);
        if (GazetteerCategory.COUNTRY.in(cats) || GazetteerCategory.CITY.in(cats)) {
            return EntityType.LOCATION;
        }
        if (GazetteerCategory.NORP.in(cats)) {
            return EntityType.NORP;
        }
        if (GazetteerCategory.PRODUCT.in(cats)) {
            return EntityType.MISC;
        }
        return null;
    }
}
