package dev.lede.text;

import dev.lede.annotation.Paragraph;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into paragraphs. When the text has a blank line anywhere, paragraphs are separated by blank lines
 * (lines holding only whitespace) and single line breaks stay inside a paragraph; text with single line breaks
 * only has one paragraph per line, except that a line starting with a lower-case letter continues the line before
 * it (hard-wrapped text, whose sentences must not be cut at every line end). U+2029 (paragraph separator) always separates. Spans are trimmed of
 * surrounding whitespace (NBSP and invisible format characters included). Stateless and thread-safe.
 */
public final class ParagraphSplitter {

    /** The paragraphs of {@code text} in order; none for blank text. */
    public List<Paragraph> split(String text) {
        boolean blankLineMode = hasBlankLine(text);
        List<Paragraph> out = new ArrayList<>();
        int n = text.length();
        int paragraphStart = -1; // first non-space char of the open paragraph
        int paragraphEnd = -1;   // end of its last non-space char
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = lineStart;
            while (lineEnd < n && !TextChars.isLineBreak(text.charAt(lineEnd))) {
                lineEnd++;
            }
            int contentStart = lineStart;
            while (contentStart < lineEnd && TextChars.isSpace(text.charAt(contentStart))) {
                contentStart++;
            }
            int contentEnd = lineEnd;
            while (contentEnd > contentStart && TextChars.isSpace(text.charAt(contentEnd - 1))) {
                contentEnd--;
            }
            boolean blank = contentStart == contentEnd;
            if (!blank && !blankLineMode && paragraphStart >= 0 && !continuesLine(text, contentStart)) {
                out.add(new Paragraph(paragraphStart, paragraphEnd)); // the previous line was a paragraph
                paragraphStart = -1;
            }
            if (!blank) {
                if (paragraphStart < 0) {
                    paragraphStart = contentStart;
                }
                paragraphEnd = contentEnd;
            }
            boolean forcedBreak = lineEnd < n && text.charAt(lineEnd) == '\u2029';
            if (paragraphStart >= 0 && (blank || forcedBreak || lineEnd >= n)) {
                out.add(new Paragraph(paragraphStart, paragraphEnd));
                paragraphStart = -1;
            }
            if (lineEnd >= n) {
                break;
            }
            lineStart = lineEnd + lineBreakLength(text, lineEnd);
        }
        return out;
    }

    /**
     * In text without blank lines, whether the line starting at {@code i} continues the previous one rather than
     * starting a paragraph: hard-wrapped text goes on with a lower-case letter.
     */
    private static boolean continuesLine(String text, int i) {
        int cp = text.codePointAt(i);
        return Character.isLowerCase(cp);
    }

    private static int lineBreakLength(String text, int i) {
        return text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
    }

    /** Whether two line breaks have only whitespace between them somewhere in the text. */
    private static boolean hasBlankLine(String text) {
        int n = text.length();
        int lastBreakEnd = -1;
        boolean onlySpaceSinceBreak = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (TextChars.isLineBreak(c)) {
                if (lastBreakEnd >= 0 && onlySpaceSinceBreak) {
                    return true;
                }
                int len = lineBreakLength(text, i);
                i += len - 1;
                lastBreakEnd = i + 1;
                onlySpaceSinceBreak = true;
            } else if (onlySpaceSinceBreak && !TextChars.isSpace(c)) {
                onlySpaceSinceBreak = false;
            }
        }
        return false;
    }
}
