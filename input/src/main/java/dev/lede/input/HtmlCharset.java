package dev.lede.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The charset an HTML page declares in its head ({@code <meta charset="windows-1252">} or the http-equiv form),
 * used only when the page is not valid UTF-8: Lede reads UTF-8, but old pages in a declared legacy charset are
 * still readable web news.
 */
final class HtmlCharset {
    /** Browsers look for the declaration in the first 1024 bytes; we allow a little more. */
    private static final int SNIFF_BYTES = 2048;

    private HtmlCharset() {
    }

    /** The declared charset if it is supported and not UTF-8, else null. */
    static Charset declaredLegacy(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        int at = head.indexOf("charset=");
        if (at < 0) {
            return null;
        }
        int p = at + "charset=".length();
        while (p < head.length() && (head.charAt(p) == '"' || head.charAt(p) == '\'' || head.charAt(p) == ' ')) {
            p++;
        }
        int end = p;
        while (end < head.length() && isNameChar(head.charAt(end))) {
            end++;
        }
        String name = head.substring(p, end);
        try {
            if (name.isEmpty() || !Charset.isSupported(name)) {
                return null;
            }
            Charset charset = Charset.forName(name);
            return charset.equals(StandardCharsets.UTF_8) ? null : charset;
        } catch (IllegalArgumentException e) {
            return null; // an illegal charset name is no declaration
        }
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == ':';
    }
}
