package dev.lede.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Texts that break analyzers: random Unicode (surrogate pairs, emoji with joiners and skin tones, combining marks,
 * controls, right-to-left scripts), news-like text with those mixed in, one enormous sentence, a megabyte of digits.
 * Seeded, so a failure can be repeated.
 */
public final class RandomTexts {
    private static final String[] WORDS = {"the", "minister", "said", "on", "Tuesday", "that", "Lisbon", "would",
            "spend", "1.2", "billion", "euros", "Ana", "Duarte", "Porto", "rail", "\u201cWe", "cannot\u201d", "40%",
            "U.S.", "Dr.", "(Reuters)", "-", "co-operate", "2027", "O'Neill", "Z\u00fcrich", "S\u00e3o", "Paulo"};
    private static final String[] ODD = {"\uD83D\uDE00", "\uD83D\uDC69\u200D\uD83D\uDCBB", "\uD83D\uDC4D\uD83C\uDFFD",
            "\uD83C\uDDFA\uD83C\uDDE6", "e\u0301", "a\u0308\u0323", "\u0301", "\u200B", "\u00A0", "\t", "\r\n", "\n\n",
            "\u2028", "\uFEFF", "\u0000", "\u202E", "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627",
            "\u4E2D\u6587", "\uD800", "\uDC00", "\uD835\uDC00", "\"", "\u2019", "...", "!!", "?", "---"};

    private RandomTexts() {
    }

    /**
     * {@code count} texts: the empty text, whitespace alone, and a mix of random code points and news-like words
     * interleaved with emoji, combining marks, lone surrogates and control characters, up to about 2,000 chars.
     */
    public static List<String> mixed(long seed, int count) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(List.of("", " ", "\n\n\n", "\uD83D\uDE00", "\u0301"));
        while (out.size() < count) {
            out.add(r.nextBoolean() ? codePoints(r, 1 + r.nextInt(400)) : newsLike(r, 1 + r.nextInt(300)));
        }
        return out;
    }

    /** Random code points from the whole range (unpaired surrogates included), weighted towards the common planes. */
    public static String codePoints(Random r, int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            int kind = r.nextInt(10);
            int cp = switch (kind) {
                case 0, 1, 2 -> 0x20 + r.nextInt(0x60);          // ASCII
                case 3 -> r.nextInt(0x20);                        // controls
                case 4 -> 0x300 + r.nextInt(0x70);                // combining marks
                case 5 -> 0x1F300 + r.nextInt(0x300);             // emoji
                case 6 -> 0xD800 + r.nextInt(0x800);              // a lone surrogate
                default -> r.nextInt(Character.MAX_CODE_POINT + 1);
            };
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    /** Words of news text with odd characters between them, and sentence ends now and then. */
    public static String newsLike(Random r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            int pick = r.nextInt(10);
            if (pick < 7) {
                sb.append(WORDS[r.nextInt(WORDS.length)]);
            } else if (pick < 9) {
                sb.append(ODD[r.nextInt(ODD.length)]);
            } else {
                sb.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextBoolean() ? ". " : ".\n\n");
            }
            sb.append(r.nextInt(8) == 0 ? "" : " ");
        }
        return sb.toString();
    }

    /** One sentence of {@code tokens} tokens: words and commas, no sentence end until the last token. */
    public static String oneLongSentence(int tokens) {
        StringBuilder sb = new StringBuilder(tokens * 7);
        for (int i = 0; i < tokens - 1; i++) {
            sb.append(i % 10 == 9 ? "," : WORDS[i % 12]).append(' ');
        }
        return sb.append("end.").toString();
    }

    /** {@code length} ASCII digits, no space. */
    public static String digits(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append((char) ('0' + (i * 7 + i / 10) % 10));
        }
        return sb.toString();
    }
}
