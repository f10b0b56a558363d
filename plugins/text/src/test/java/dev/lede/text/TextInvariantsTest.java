package dev.lede.text;

import dev.lede.annotation.Paragraph;
import dev.lede.annotation.Sentence;
import dev.lede.annotation.Token;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Structural guarantees on random mixtures of the characters web news is made of (fixed seed: reproducible). */
class TextInvariantsTest {
    private static final String[] PIECES = {
        "a", "Word", "U.S.", "Gen.", "No.", "10", "1,000.5", "$", "€", "%", "4.2bn", ".", "...", "…", "!", "?",
        ",", ":", ";", "“", "”", "‘", "’", "\"", "'", "s", "n't", "-", "–", "—", "(", ")", "@", "#", "x@y.com",
        "https://e.org/p", "www.", "😀", "👍🏽", "🇺🇦", "\uD835\uDC9C", "\uD800", "\uDC00", " ", " ", " ", "\u00A0",
        "\n", "\n\n", "\r\n", "\u2029", "\u200B", "\uFEFF", "\t", "J.", "e.g.", "It", "The", "O'", "rock"};

    private final Tokenizer tokenizer = new Tokenizer();
    private final ParagraphSplitter paragraphSplitter = new ParagraphSplitter();
    private final SentenceSplitter sentenceSplitter = new SentenceSplitter();

    @Test
    void randomTextKeepsEveryStructuralGuarantee() {
        Random random = new Random(20260415L);
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            check(sb.toString());
        }
    }

    private void check(String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        List<Paragraph> paragraphs = paragraphSplitter.split(text);
        List<Sentence> sentences = sentenceSplitter.split(text, tokens, paragraphs);

        int previousEnd = 0;
        StringBuilder nonSpace = new StringBuilder();
        for (Token t : tokens) {
            assertTrue(t.start() >= previousEnd && t.end() > t.start() && t.end() <= text.length(), () -> "bad span " + t + " in " + escape(text));
            assertFalse(TextChars.isSpace(text.charAt(t.start())), () -> "token starts with a space " + t + " in " + escape(text));
            assertFalse(Character.isLowSurrogate(text.charAt(t.start())) && t.start() > 0
                    && Character.isHighSurrogate(text.charAt(t.start() - 1)), () -> "token splits a pair " + t + " in " + escape(text));
            assertFalse(Character.isHighSurrogate(text.charAt(t.end() - 1)) && t.end() < text.length()
                    && Character.isLowSurrogate(text.charAt(t.end())), () -> "token splits a pair " + t + " in " + escape(text));
            for (int i = previousEnd; i < t.start(); i++) {
                int at = i;
                assertTrue(TextChars.isSpace(text.charAt(i)), () -> "character " + at + " left out in " + escape(text));
            }
            nonSpace.append(text, t.start(), t.end());
            previousEnd = t.end();
        }
        for (int i = previousEnd; i < text.length(); i++) {
            int at = i;
            assertTrue(TextChars.isSpace(text.charAt(i)), () -> "character " + at + " left out in " + escape(text));
        }

        int nextToken = 0;
        for (Sentence s : sentences) {
            assertEquals(nextToken, s.firstToken(), () -> "sentences must cover tokens in order in " + escape(text));
            assertTrue(s.endToken() > s.firstToken(), () -> "empty sentence in " + escape(text));
            assertEquals(tokens.get(s.firstToken()).start(), s.start());
            assertEquals(tokens.get(s.endToken() - 1).end(), s.end());
            assertTrue(paragraphs.stream().anyMatch(p -> p.start() <= s.start() && s.end() <= p.end()),
                    () -> "sentence " + s + " crosses a paragraph in " + escape(text));
            nextToken = s.endToken();
        }
        assertEquals(tokens.size(), nextToken, () -> "every token in a sentence in " + escape(text));

        int paragraphEnd = 0;
        for (Paragraph p : paragraphs) {
            assertTrue(p.start() >= paragraphEnd && p.end() > p.start(), () -> "bad paragraph " + p + " in " + escape(text));
            assertFalse(TextChars.isSpace(text.charAt(p.start())) || TextChars.isSpace(text.charAt(p.end() - 1)),
                    () -> "untrimmed paragraph " + p + " in " + escape(text));
            paragraphEnd = p.end();
        }
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            sb.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return sb.append('"').toString();
    }
}
