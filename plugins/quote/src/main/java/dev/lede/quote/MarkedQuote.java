package dev.lede.quote;

/**
 * A stretch of text between quotation marks: {@code open} is the opening mark, {@code close} the offset just after
 * the closing mark (or the end of the paragraph where an unclosed quote stops). Content lies in
 * {@code [contentStart, contentEnd)}. A quote that runs over several paragraphs is one MarkedQuote.
 */
record MarkedQuote(int open, int contentStart, int contentEnd, int close, boolean closed) {

    boolean contains(int offset) {
        return open <= offset && offset < close;
    }
}
