package dev.lede.text;

import dev.lede.annotation.Paragraph;
import dev.lede.annotation.Sentence;
import dev.lede.annotation.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits tokens into sentences. Stateless and thread-safe.
 *
 * <p>Rules, written by hand for speed and for the conventions of web news (OpenNLP's SentenceDetectorME needs a
 * model file and is far slower than the tokenizer it would sit behind):
 * <ul>
 *   <li>A sentence never crosses a paragraph; a paragraph end always ends a sentence.</li>
 *   <li>"." "!" "?" "…" (and runs like "?!" or "...") end a sentence when the next token starts with a capital
 *       or uncased letter, a digit, an opening quote or bracket, or a currency sign, with or without a space
 *       between ({@code end.Next}).</li>
 *   <li>Closing quotes and brackets right after the end mark stay with the sentence they close; a straight
 *       quote counts as closing only when written without a space after the mark.</li>
 *   <li>Abbreviation tokens carry their period. Titles (Gen., Mr.) and "No." before a number never end a
 *       sentence. Acronyms (U.S.), initials (J.) and short forms (Inc., Jan., etc.) end one only when the next
 *       word is a typical sentence opener ("...in Europe and the U.S. We need") or a curly opening quote
 *       follows, never before a name-like continuation ("U.S. Senate", "J. R. R. Tolkien").</li>
 *   <li>A quote closed after its end mark and followed by a speech attribution stays one sentence with it:
 *       {@code “Why not?” Ward asked.}</li>
 * </ul>
 */
public final class SentenceSplitter {

    private final ParagraphSplitter paragraphs = new ParagraphSplitter();

    /** Sentences of {@code text}, with paragraphs found by {@link ParagraphSplitter}. */
    public List<Sentence> split(String text, List<Token> tokens) {
        return split(text, tokens, paragraphs.split(text));
    }

    /** Sentences of {@code text}; none crosses a boundary of {@code paragraphs} (which must be in order). */
    public List<Sentence> split(String text, List<Token> tokens, List<Paragraph> paragraphs) {
        List<Sentence> out = new ArrayList<>(tokens.size() / 16 + 4);
        int t = 0;
        for (Paragraph paragraph : paragraphs) {
            int first = t;
            int end = t;
            while (end < tokens.size() && tokens.get(end).start() < paragraph.end()) {
                end++;
            }
            splitRange(text, tokens, first, end, out);
            t = end;
        }
        splitRange(text, tokens, t, tokens.size(), out); // tokens outside every paragraph, if any
        return out;
    }

    private static void splitRange(String text, List<Token> tokens, int from, int to, List<Sentence> out) {
        int first = from;
        int i = from;
        while (i < to) {
            Ending ending = ending(text, tokens.get(i));
            if (ending == Ending.NEVER) {
                i++;
                continue;
            }
            int next = i + 1;
            while (next < to && isCloser(text, tokens.get(next), tokens.get(next - 1))) {
                next++;
            }
            Token afterNext = next + 1 < to ? tokens.get(next + 1) : null;
            boolean quoteClosed = next > i + 1 && isQuoteMark(text.charAt(tokens.get(next - 1).start()));
            if (next < to && breaksBefore(text, ending, tokens.get(next), afterNext)
                    && !(quoteClosed && isAttribution(text, tokens, next, to))) {
                add(tokens, first, next, out);
                first = next;
            }
            i = next;
        }
        if (first < to) {
            add(tokens, first, to, out);
        }
    }

    private static void add(List<Token> tokens, int first, int end, List<Sentence> out) {
        out.add(new Sentence(tokens.get(first).start(), tokens.get(end - 1).end(), first, end));
    }

    /** How a token may end a sentence. */
    private enum Ending { NEVER, MARK, ABBREVIATION }

    private static Ending ending(String text, Token token) {
        char last = text.charAt(token.end() - 1);
        if (token.kind() == Token.Kind.PUNCTUATION) {
            return last == '.' || last == '!' || last == '?' || last == '\u2026' ? Ending.MARK : Ending.NEVER;
        }
        if (token.kind() != Token.Kind.WORD || last != '.' || token.length() < 2) {
            return Ending.NEVER;
        }
        String stem = text.substring(token.start(), token.end() - 1);
        if (stem.equals("e.g") || stem.equals("i.e")) {
            return Ending.NEVER; // introduces an example, whatever follows
        }
        if (stem.indexOf('.') >= 0 || stem.length() == 1) {
            return Ending.ABBREVIATION; // acronym or initial
        }
        Abbreviations.Kind kind = Abbreviations.kindOf(stem);
        return kind == Abbreviations.Kind.MAY_END ? Ending.ABBREVIATION : Ending.NEVER;
    }

    private static boolean isCloser(String text, Token token, Token previous) {
        if (token.length() != 1 || token.kind() != Token.Kind.PUNCTUATION) {
            return false;
        }
        char c = text.charAt(token.start());
        return TextChars.isClosingOnly(c) || (TextChars.isAmbiguousQuote(c) && token.start() == previous.end());
    }

    private static boolean breaksBefore(String text, Ending ending, Token next, Token afterNext) {
        if (ending == Ending.MARK) {
            return TextChars.startsSentence(text, next.start());
        }
        char c = text.charAt(next.start());
        if (TextChars.isTypographicOpeningQuote(c)) {
            return true;
        }
        if (TextChars.isOpening(c) && afterNext != null) {
            return next.length() == 1 && isOpenerWord(text, afterNext);
        }
        return isOpenerWord(text, next);
    }

    private static boolean isQuoteMark(char c) {
        return c == '\u201D' || c == '\u2019' || c == '"' || c == '\'' || c == '\u00BB';
    }

    /**
     * Whether the tokens from {@code from} are a speech attribution that finishes the quoted sentence before
     * them: up to three capitalised name words and then a speech verb ({@code “Why not?” Ward asked.}).
     */
    private static boolean isAttribution(String text, List<Token> tokens, int from, int to) {
        for (int k = from; k < to && k < from + 4; k++) {
            Token token = tokens.get(k);
            if (token.kind() != Token.Kind.WORD) {
                return false;
            }
            if (k > from && Abbreviations.isSpeechVerb(text.substring(token.start(), token.end()))) {
                return true;
            }
            if (!Character.isUpperCase(text.charAt(token.start()))) {
                return false;
            }
        }
        return false;
    }

    private static boolean isOpenerWord(String text, Token token) {
        return token.kind() == Token.Kind.WORD && token.length() <= 10
                && Abbreviations.isSentenceOpener(text.substring(token.start(), token.end()));
    }
}
