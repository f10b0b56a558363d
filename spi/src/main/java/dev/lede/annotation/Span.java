package dev.lede.annotation;

/** A stretch of the document text: half-open UTF-16 offsets and the text they cover. */
public record Span(int start, int end, String text) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The span {@code [start, end)} of {@code documentText}, with the text it covers. */
    public static Span of(String documentText, int start, int end) {
        return new Span(start, end, documentText.substring(start, end));
    }

    public int length() {
        return end - start;
    }

    /** Whether this span shares at least one char with {@code [otherStart, otherEnd)}. */
    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
