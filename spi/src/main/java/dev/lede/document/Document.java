package dev.lede.document;

import java.util.Objects;

/**
 * An article: its text, as it came, plus metadata. All annotation offsets point into {@link #text()}
 * as half-open {@code [start, end)} ranges of Java {@code char}s (UTF-16 code units).
 */
public record Document(String id, String text, Metadata metadata) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
    }

    /** A document without metadata. */
    public static Document of(String id, String text) {
        return new Document(id, text, Metadata.EMPTY);
    }
}
