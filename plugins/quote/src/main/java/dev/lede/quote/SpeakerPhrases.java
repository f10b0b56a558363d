package dev.lede.quote;

import java.util.List;
import java.util.Set;

/**
 * Finds the noun phrase that names a speaker beside a reporting cue, from word shapes alone (capitalised names,
 * titles, pronouns, "the source", "officials"). Returns word index ranges {@code [from, to)} or null. Entity
 * clusters, when present, refine the result later; this is what keeps attribution working without them.
 */
final class SpeakerPhrases {
    static final Set<String> PRONOUNS = Set.copyOf(List.of("he", "she", "they", "we", "i", "you", "it", "who"));
    private static final Set<String> SKIPPABLE = Set.copyOf(List.of("also", "has", "have", "had", "is", "was", "were", "are",
            "will", "would", "could", "can", "may", "might", "should", "did", "does", "do", "not", "n't", "later",
            "then", "previously", "repeatedly", "recently", "once", "again", "further", "publicly", "privately",
            "reportedly", "flatly", "quickly", "still", "often", "long", "first", "earlier", "subsequently", "yet",
            "already", "never", "ever", "simply", "just", "even", "only", "been", "being", "be", "has", "had",
            "always", "initially", "frequently", "falsely", "correctly", "wrongly", "explicitly", "directly",
            "together", "both", "all", "himself", "herself", "themselves", "itself", "too", "now", "finally"));
    private static final Set<String> BE = Set.copyOf(List.of("is", "was", "were", "are", "been", "be", "being"));
    static final Set<String> DETERMINERS = Set.copyOf(List.of("the", "a", "an", "another", "his", "her", "their", "its", "our",
            "my", "your", "one", "some", "many", "several", "most", "other", "two", "three", "four", "five", "both",
            "these", "those", "this", "all", "few", "top", "senior", "no", "any", "each", "more", "such"));
    private static final Set<String> STOP = Set.copyOf(List.of("and", "but", "or", "nor", "so", "that", "which", "while", "when",
            "because", "as", "if", "than", "in", "on", "at", "for", "from", "with", "by", "to", "about", "after",
            "before", "during", "since", "under", "over", "into", "is", "was", "were", "are", "be", "been", "has",
            "have", "had", "not", "what", "where", "how", "why", "there", "here", "also", "who", "whom", "whose",
            "said", "says", "say", "told", "would", "will", "could", "can", "should", "may", "might", "do", "does",
            "did", "it", "he", "she", "they", "we", "i", "you", "him", "them", "us", "me", "then", "now", "just",
            "very", "more", "most", "however", "although", "though", "yet", "still", "even", "only", "like",
            "against", "between", "through", "without", "within", "among", "across", "around", "upon", "via",
            "per", "toward", "towards", "out", "up", "down", "off", "this", "these", "those", "whether", "until",
            "unless", "once", "every", "not", "no", "yes", "all", "any", "worth", "able", "likely", "unlikely"));
    private static final Set<String> NAME_LINKS = Set.copyOf(List.of("of", "de", "van", "von", "bin", "al", "la", "le", "da",
            "del", "der", "den", "du", "di", "el", "ibn", "mc", "-", "&"));
    /** Sentence-initial words written with a capital only because they start the sentence. */
    private static final Set<String> OPENERS = Set.copyOf(List.of("but", "and", "however", "still", "meanwhile", "also", "so",
            "yet", "then", "now", "later", "instead", "earlier", "separately", "overall", "in", "on", "at", "after",
            "before", "during", "when", "while", "as", "if", "for", "with", "by", "from", "since", "under", "asked",
            "speaking", "writing", "there", "here", "this", "that", "last", "next", "today", "yesterday", "thus",
            "indeed", "moreover", "furthermore", "finally", "first", "second", "again", "recently", "previously",
            "what", "why", "how", "where", "though", "although", "because", "unlike", "like", "despite", "according"));

    private final CueLexicon cues;

    SpeakerPhrases(CueLexicon cues) {
        this.cues = cues;
    }

    /** A lower-case word that can continue a noun phrase ("the senator", "a spokesman"): not a cue or verb form. */
    private boolean nounWord(List<Word> ws, int i) {
        Word w = ws.get(i);
        String l = w.lower();
        boolean number = Character.isDigit(w.text().charAt(0));
        if (number) {
            // "73 percent said": a number heads a speaker phrase only before a noun
            return i + 1 < ws.size() && !ws.get(i + 1).isPunct() && !ws.get(i + 1).isCapitalised()
                    && cues.at(ws, i + 1) == null;
        }
        return !w.isPunct() && !w.isCapitalised() && !STOP.contains(l) && !DETERMINERS.contains(l)
                && !adverb(w) && cues.at(ws, i) == null
                && !(l.length() > 4 && (l.endsWith("ed") || l.endsWith("ing")) && l.indexOf('-') < 0);
    }

    /** Skips auxiliaries and adverbs backwards from {@code i - 1}; returns the index just after the phrase slot. */
    static int skipBack(List<Word> ws, int i, int lo) {
        while (i > lo) {
            Word w = ws.get(i - 1);
            if (SKIPPABLE.contains(w.lower()) || adverb(w)) {
                i--;
            } else if (i - 1 > lo && TIME_PREPOSITIONS.contains(ws.get(i - 2).lower())
                    && (Character.isDigit(w.text().charAt(0)) || WEEKDAYS.contains(w.lower()))) {
                i -= 2; // "who in 2010 said", "Trump on Monday said"
            } else if (i - 1 > lo && TIME_DEICTICS.contains(ws.get(i - 2).lower()) && TIME_NOUNS.contains(w.lower())) {
                i -= 2; // "Trump this week said", "the mayor last month warned"
            } else if (i - 1 > lo && WEEKDAYS.contains(w.lower()) && w.isCapitalised()
                    && (nameWord(ws.get(i - 2)) || PRONOUNS.contains(ws.get(i - 2).lower()))) {
                i -= 1; // "Trump Friday said"
            } else {
                return i;
            }
        }
        return i;
    }

    /** Skips auxiliaries and adverbs forwards from {@code i}; returns the index of the first other word. */
    static int skipForward(List<Word> ws, int i) {
        while (i < ws.size() && (SKIPPABLE.contains(ws.get(i).lower()) || adverb(ws.get(i)))) {
            i++;
        }
        return i;
    }

    private static final Set<String> TIME_DEICTICS = Set.copyOf(List.of("this", "last", "next", "late", "early"));
    private static final Set<String> TIME_NOUNS = Set.copyOf(List.of("week", "month", "year", "weekend", "morning",
            "afternoon", "evening", "night", "spring", "summer", "fall", "autumn", "winter"));
    private static final Set<String> TIME_PREPOSITIONS = Set.copyOf(List.of("in", "on", "since", "by"));
    private static final Set<String> WEEKDAYS = Set.copyOf(List.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"));

    /** True when a be-form stands right before the cue ("it was said", "is expected"): a passive, no speaker. */
    static boolean passive(List<Word> ws, int cue, int lo) {
        if (ws.get(cue).lower().endsWith("ing")) {
            return false; // "is promising", "was saying"
        }
        int i = cue;
        while (i > lo && (adverb(ws.get(i - 1)) || ws.get(i - 1).is("not"))) {
            i--;
        }
        return i > lo && BE.contains(ws.get(i - 1).lower());
    }

    /** A be-form before an -ing cue ("is promising", "was saying"): the progressive, with a subject before it. */
    static boolean progressive(List<Word> ws, int cue) {
        int i = cue;
        while (i > 0 && (adverb(ws.get(i - 1)) || ws.get(i - 1).is("not") || ws.get(i - 1).is("also")
                || ws.get(i - 1).is("still"))) {
            i--;
        }
        return i > 0 && BE.contains(ws.get(i - 1).lower()) || i > 0 && ws.get(i - 1).lower().endsWith("'s")
                && SpeakerPhrases.PRONOUNS.contains(ws.get(i - 1).lower().replace("'s", ""))
                || i > 0 && ws.get(i - 1).lower().endsWith("'re");
    }

    private static boolean adverb(Word w) {
        return w.lower().length() > 4 && w.lower().endsWith("ly") && !w.isCapitalised();
    }

    /** The speaker phrase ending just before word {@code end} (after auxiliaries), not before {@code lo}. */
    int[] before(List<Word> ws, int end, int lo) {
        int k = skipBack(ws, end, lo);
        if (k <= lo) {
            return null;
        }
        Word w = ws.get(k - 1);
        if (PRONOUNS.contains(w.lower()) || PRONOUNS.contains(withoutAuxiliary(w.lower()))) {
            return new int[] {k - 1, k}; // "she", "who's called for", "they've said"
        }
        if (w.is("whom") && k - 2 > lo && ws.get(k - 2).is("of")) {
            return new int[] {k - 1, k}; // "many of whom say"
        }
        if ((w.is("which") || w.is("that")) && k - 2 >= lo
                && (ws.get(k - 2).is(",") || nameWord(ws.get(k - 2)) || nounWord(ws, k - 2))) {
            return new int[] {k - 1, k}; // "the group, which said ...", "a super PAC that intends to ..."
        }
        if (dash(w)) {
            // "Kall -- co-editor of a book on debates -- said": the phrase before the opening dash
            int close = k - 1;
            while (close - 1 > lo && dash(ws.get(close - 1))) {
                close--;
            }
            for (int j = close - 2; j > lo && j >= close - 20; j--) {
                if (dash(ws.get(j))) {
                    while (j - 1 > lo && dash(ws.get(j - 1))) {
                        j--;
                    }
                    return phraseEndingAt(ws, j, lo);
                }
            }
            return null;
        }
        if (w.is(",")) {
            // appositive: "Rutte, the NATO chief, said" -> the phrase before the first comma
            for (int j = k - 2; j > lo && j >= k - 16; j--) {
                if (ws.get(j).is(",")) {
                    int[] head = phraseEndingAt(ws, j, lo);
                    if (head != null) {
                        return head;
                    }
                    break;
                }
            }
            return null;
        }
        return phraseEndingAt(ws, k, lo);
    }

    /** "who's" -> "who", "they've" -> "they": a pronoun with a contracted auxiliary, or the word unchanged. */
    static String withoutAuxiliary(String lower) {
        String w = lower.replace('\u2019', '\'');
        for (String aux : List.of("'s", "'ve", "'d", "'ll", "'re")) {
            if (w.endsWith(aux)) {
                return w.substring(0, w.length() - aux.length());
            }
        }
        return w;
    }

    private static boolean dash(Word w) {
        return w.is("-") || w.is("--") || w.is("\u2014") || w.is("\u2013");
    }

    /** A name or noun phrase whose last word is {@code end - 1}. */
    int[] phraseEndingAt(List<Word> ws, int end, int lo) {
        int j = end;
        if (j > lo && ws.get(j - 1).is(")")) {
            int open = j - 1;
            while (open > lo && !ws.get(open).is("(") && open > j - 8) {
                open--;
            }
            if (ws.get(open).is("(")) {
                j = open;
            }
        }
        int last = j;
        int lowers = 0;
        while (j > lo) {
            Word w = ws.get(j - 1);
            if (nameWord(w)) {
                j--;
            } else if (NAME_LINKS.contains(w.lower()) && j - 1 > lo && j < last && nameWord(ws.get(j - 2))
                    && ws.get(j).isCapitalised()) {
                j--;
            } else if (lowers < 3 && nounWord(ws, j - 1)) {
                lowers++;
                j--;
            } else {
                break;
            }
        }
        // drop a sentence opener caught at the left edge ("But Trump said")
        while (j < last && OPENERS.contains(ws.get(j).lower()) && ws.get(j).isCapitalised()) {
            j++;
        }
        if (j > lo && DETERMINERS.contains(ws.get(j - 1).lower()) && j < last) {
            j--;
        }
        if (j >= end || j >= last) {
            return null;
        }
        return new int[] {j, end};
    }

    /** The speaker phrase starting at word {@code from} ("said Rutte", "said a spokesman for the ministry"). */
    int[] after(List<Word> ws, int from, int hi) {
        int j = from;
        if (j < hi && PRONOUNS.contains(ws.get(j).lower())) {
            return new int[] {j, j + 1};
        }
        while (j < hi && j < from + 2 && DETERMINERS.contains(ws.get(j).lower())) {
            j++; // "the top British journal", "the two senators"
        }
        int start = from;
        int words = 0;
        while (j < hi) {
            Word w = ws.get(j);
            if (nameWord(w)) {
                j++;
                words++;
            } else if (NAME_LINKS.contains(w.lower()) && words > 0 && j + 1 < hi && ws.get(j + 1).isCapitalised()) {
                j++;
            } else if (words < 5 && nounWord(ws, j)) {
                j++;
                words++;
            } else if (words < 4 && !w.isCapitalised() && cues.nounLike(w.lower()) && j + 1 < hi && nounWord(ws, j + 1)) {
                j++; // "show insiders", "report authors": a noun-like cue word modifying the noun after it
                words++;
            } else {
                break;
            }
        }
        if (j < hi && ws.get(j).is("(")) {
            int close = j;
            while (close < hi && close < j + 8 && !ws.get(close).is(")")) {
                close++;
            }
            if (close < hi && ws.get(close).is(")")) {
                j = close + 1;
            }
        }
        return words == 0 ? null : new int[] {start, j};
    }

    /** Prepositions that attach a modifier to a speaker noun: "attorneys for the family", "a source in the room". */
    private static final Set<String> MODIFIER_PREPOSITIONS = Set.copyOf(List.of("for", "of", "in", "at", "with",
            "from", "close"));

    /**
     * Widens a speaker phrase {@code sp} that ends just before a cue to the noun it modifies ("the family" in
     * "attorneys for the family said" is the attorneys' modifier): the word before the phrase is a preposition and
     * a noun phrase stands before that. Returns {@code sp} itself when there is nothing to widen.
     */
    int[] withHead(List<Word> ws, int[] sp, int lo) {
        if (sp == null || sp[0] - 1 <= lo || !MODIFIER_PREPOSITIONS.contains(ws.get(sp[0] - 1).lower())
                || PRONOUNS.contains(ws.get(sp[0]).lower())) {
            return sp;
        }
        int[] head = phraseEndingAt(ws, sp[0] - 1, lo);
        return head == null ? sp : new int[] {head[0], sp[1]};
    }

    /**
     * The end of a speaker phrase {@code sp} that starts after a cue, past one prepositional modifier ("said one
     * source in the room"). Returns {@code sp[1]} when no modifier follows.
     */
    int withModifier(List<Word> ws, int[] sp, int hi) {
        int j = sp[1];
        if (j + 1 >= hi || !MODIFIER_PREPOSITIONS.contains(ws.get(j).lower()) || ws.get(j).is("close")) {
            return j;
        }
        int[] np = after(ws, j + 1, hi);
        return np == null || PRONOUNS.contains(ws.get(j + 1).lower()) ? j : np[1];
    }

    /** The subject of a sentence: its first pronoun or name phrase (skipping an opening phrase up to a comma). */
    int[] subject(List<Word> ws, int from, int hi) {
        for (int i = from; i < hi && i < from + 25; i++) {
            Word w = ws.get(i);
            if (PRONOUNS.contains(w.lower()) && !w.is("it") && !w.is("who")) {
                return new int[] {i, i + 1};
            }
            if (w.isCapitalised() && nameWord(w) && !OPENERS.contains(w.lower()) && !WEEKDAYS.contains(w.lower())) {
                int[] np = after(ws, i, hi);
                if (np != null) {
                    return np;
                }
            }
        }
        return null;
    }

    static boolean nameWord(Word w) {
        if (w.isPunct()) {
            return false;
        }
        char c = w.text().charAt(0);
        return Character.isUpperCase(c) && !OPENERS.contains(w.lower()) || w.text().length() > 1 && Character.isUpperCase(w.text().charAt(1)) && Character.isLowerCase(c) && w.lower().startsWith("mc");
    }
}
