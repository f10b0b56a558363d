package dev.lede.scoring;

/**
 * Text operations with Python's definitions, which the reference scorer uses: {@code str.isspace()} counts
 * no-break spaces (U+00A0, U+202F...) as white space where {@link Character#isWhitespace} does not.
 */
final class PyText {
    // Every BMP character for which Python's str.isspace() is true (computed with CPython 3).
    private static final String PY_SPACES = "\t\n\u000b\u000c\r\u001c\u001d\u001e\u001f \u0085\u00a0\u1680"
            + "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";

    private PyText() {
    }

    static boolean isSpace(char c) {
        return PY_SPACES.indexOf(c) >= 0;
    }

    /** Python's {@code str.strip()}. */
    static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    /** Collapses every run of white space to one space ({@code re.sub(r"\s+", " ", s)}). */
    static String collapseSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                }
                inSpace = true;
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        return out.toString();
    }

    /**
     * Moves {@code [start, end)} inward past white space and the given characters, as {@code score.py}'s
     * {@code trim}. Offsets outside the text stop the trimming instead of failing.
     */
    static int[] trim(String text, int start, int end, String chars) {
        int s = start;
        int e = end;
        while (s < e && s >= 0 && s < text.length() && trimmable(text.charAt(s), chars)) {
            s++;
        }
        while (e > s && e - 1 >= 0 && e - 1 < text.length() && trimmable(text.charAt(e - 1), chars)) {
            e--;
        }
        return new int[] {s, e};
    }

    private static boolean trimmable(char c, String chars) {
        return isSpace(c) || chars.indexOf(c) >= 0;
    }
}
