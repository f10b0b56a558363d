package dev.lede.entity.model;

import dev.lede.annotation.Sentence;
import dev.lede.annotation.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The word sequence the tagger reads: Lede's tokens, with adjacent tokens glued back together where news
 * tokenisation (the CoNLL convention the model was trained on) keeps them as one word: abbreviations
 * ("U.S.", "Mr."), initials ("W."), hyphenated names ("Jong-un"), inner apostrophes ("O'Brien") and "'s".
 * When Lede's tokenizer already keeps them together nothing changes; spans always fall on token boundaries.
 *
 * @param text        the document text
 * @param starts      start offset of each word
 * @param ends        end offset of each word
 * @param words       the word strings
 * @param sentenceStart for each word, the index of the first word of its sentence
 * @param sentenceEnd   for each word, the index after the last word of its sentence
 */
public record Words(String text, int[] starts, int[] ends, String[] words, int[] sentenceStart, int[] sentenceEnd) {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Col", "Lt", "Sgt", "Capt", "Gov", "Sen", "Rep",
            "Rev", "Prof", "Inc", "Corp", "Ltd", "Co", "Bros", "Mt", "Ft", "No", "vs", "Jan", "Feb", "Mar", "Apr",
            "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Adm", "Maj", "Cmdr", "Supt", "Pres", "Ave", "Blvd");
    /** Words that, capitalised after "U.S.", start a new sentence rather than continue a name ("U.S. Open"). */
    private static final Set<String> SENTENCE_OPENERS = Set.of("The", "A", "An", "He", "She", "It", "They", "We",
            "I", "You", "But", "And", "In", "On", "At", "This", "That", "These", "Those", "There", "His", "Her",
            "Its", "Their", "Our", "If", "When", "As", "After", "Before", "While", "Some", "Many", "Most", "So");
    private static final Set<String> CLITICS = Set.of("s", "S", "t", "re", "ve", "ll", "d", "m");

    public int size() {
        return words.length;
    }

    public String word(int i) {
        return words[i];
    }

    /** The words that start with a lower-case letter, as written ("march", "port"): a capital elsewhere is no name. */
    public Set<String> lowerCaseWords() {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            if (Character.isLowerCase(w.charAt(0))) {
                out.add(w);
            }
        }
        return out;
    }

    /** Words {@code [from, to)} joined by single spaces (the form gazetteer phrases and name keys use). */
    public String phrase(int from, int to) {
        if (to - from == 1) {
            return words[from];
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(words[i]);
        }
        return sb.toString();
    }

    /** Builds the word view of a document from its tokens and sentences. */
    public static Words of(String text, List<Token> tokens, List<Sentence> sentences) {
        boolean[] sentenceFirst = new boolean[tokens.size() + 1];
        for (Sentence s : sentences) {
            if (s.firstToken() < sentenceFirst.length) {
                sentenceFirst[s.firstToken()] = true;
            }
        }
        List<int[]> spans = new ArrayList<>();
        List<Boolean> firsts = new ArrayList<>();
        int i = 0;
        int n = tokens.size();
        while (i < n) {
            int j = extend(text, tokens, i);
            boolean first = i == 0 || lineBreakBefore(text, tokens, i)
                    || (sentenceFirst[i] && !continuesAfterAbbreviation(text, spans, tokens.get(i)));
            firsts.add(first);
            spans.add(new int[]{tokens.get(i).start(), tokens.get(j - 1).end()});
            i = j;
        }
        int m = spans.size();
        int[] starts = new int[m];
        int[] ends = new int[m];
        String[] words = new String[m];
        for (int k = 0; k < m; k++) {
            starts[k] = spans.get(k)[0];
            ends[k] = spans.get(k)[1];
            words[k] = text.substring(starts[k], ends[k]);
        }
        int[] sStart = new int[m];
        int[] sEnd = new int[m];
        int begin = 0;
        for (int k = 1; k <= m; k++) {
            if (k == m || firsts.get(k)) {
                for (int q = begin; q < k; q++) {
                    sStart[q] = begin;
                    sEnd[q] = k;
                }
                begin = k;
            }
        }
        return new Words(text, starts, ends, words, sStart, sEnd);
    }

    /** Words from already tokenised text (training data): one sentence, words separated by single spaces. */
    public static Words ofTokens(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        int m = tokens.size();
        int[] starts = new int[m];
        int[] ends = new int[m];
        int[] sStart = new int[m];
        int[] sEnd = new int[m];
        for (int k = 0; k < m; k++) {
            if (k > 0) {
                sb.append(' ');
            }
            starts[k] = sb.length();
            sb.append(tokens.get(k));
            ends[k] = sb.length();
            sEnd[k] = m;
        }
        return new Words(sb.toString(), starts, ends, tokens.toArray(new String[0]), sStart, sEnd);
    }

    /** Index after the last token that belongs to the word starting at token {@code i}. */
    private static int extend(String text, List<Token> tokens, int i) {
        int n = tokens.size();
        int j = i + 1;
        while (j < n && tokens.get(j).start() == tokens.get(j - 1).end()) {
            String prev = text.substring(tokens.get(i).start(), tokens.get(j - 1).end());
            String next = tokens.get(j).text(text);
            String after = j + 1 < n && tokens.get(j + 1).start() == tokens.get(j).end()
                    ? tokens.get(j + 1).text(text) : null;
            if (next.equals(".") && isAbbreviation(prev)) {
                j++;
            } else if (isDottedInitials(prev) && isLetters(next) && next.length() == 1) {
                j++;
            } else if ((next.equals("-") || next.equals("\u2010")) && after != null && isAlnum(after)
                    && isAlnum(lastChar(prev))) {
                j += 2;
            } else if (isApostrophe(next) && after != null && isLetters(after) && !CLITICS.contains(after)
                    && isLetters(prev)) {
                j += 2;
            } else if (isApostrophe(prev) && j == i + 1 && CLITICS.contains(next)) {
                j++;
            } else if ((next.equals(",") || next.equals(".")) && after != null && isDigits(after)
                    && isDigits(lastRun(prev))) {
                j += 2;
            } else {
                break;
            }
        }
        return Math.min(j, n);
    }

    /**
     * Whether the word starting at {@code next} continues the sentence although the splitter broke after the
     * previous word: the previous word is an initial or a title abbreviation ("S. Waugh", "Mr. Smith"), or an
     * abbreviation like "U.S." followed by a lower-case word or a number.
     */
    private static boolean continuesAfterAbbreviation(String text, List<int[]> spans, Token next) {
        if (spans.isEmpty()) {
            return false;
        }
        int[] last = spans.get(spans.size() - 1);
        String prev = text.substring(last[0], last[1]);
        if (!prev.endsWith(".") || prev.length() < 2) {
            return false;
        }
        String stem = prev.substring(0, prev.length() - 1);
        if ((stem.length() == 1 && Character.isUpperCase(stem.charAt(0))) || ABBREVIATIONS.contains(stem)) {
            return true;
        }
        char c = text.charAt(next.start());
        if (!isDottedInitials(stem)) {
            return false;
        }
        return Character.isLowerCase(c) || Character.isDigit(c)
                || !SENTENCE_OPENERS.contains(text.substring(next.start(), next.end()));
    }

    /** A line break between the previous token and this one also ends a sentence (headlines, datelines, lists). */
    private static boolean lineBreakBefore(String text, List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        for (int k = tokens.get(i - 1).end(); k < tokens.get(i).start(); k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static boolean isAbbreviation(String w) {
        if (ABBREVIATIONS.contains(w)) {
            return true;
        }
        if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
            return true;
        }
        return isDottedInitials(w);
    }

    /** "U.", "U.S", "U.N.", "U.S.A": single letters separated by periods. */
    private static boolean isDottedInitials(String w) {
        if (w.length() < 2) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (k % 2 == 0 ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isApostrophe(String s) {
        return s.equals("'") || s.equals("\u2019");
    }

    private static String lastChar(String s) {
        return s.isEmpty() ? s : s.substring(s.length() - 1);
    }

    private static String lastRun(String s) {
        int k = s.length();
        while (k > 0 && Character.isDigit(s.charAt(k - 1))) {
            k--;
        }
        return s.substring(k);
    }

    private static boolean isLetters(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isLetter(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlnum(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isLetterOrDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
