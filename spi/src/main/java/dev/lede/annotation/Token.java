package dev.lede.annotation;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A token. The text is not stored (it is {@code text.substring(start, end)}) so that tokenising stays cheap;
 * {@link #text(String)} fetches it.
 */
public record Token(int start, int end, Kind kind) {

    /** What the token is, as far as characters tell. */
    public enum Kind {
        WORD, NUMBER, PUNCTUATION, SYMBOL, URL, EMAIL, HANDLE, HASHTAG, EMOJI;

        @JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The token's text in the document it came from. */
    public String text(String documentText) {
        return documentText.substring(start, end);
    }

    public int length() {
        return end - start;
    }
}
