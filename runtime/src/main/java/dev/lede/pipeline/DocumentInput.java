package dev.lede.pipeline;

import dev.lede.document.Document;

/**
 * One input of a batch: a document, or the reason it could not be read. Keeping failed inputs in the stream is
 * what lets a batch yield exactly one output per input, in order.
 */
public record DocumentInput(String id, Document document, String error) {

    /** A readable input. */
    public static DocumentInput of(Document document) {
        return new DocumentInput(document.id(), document, null);
    }

    /** An input that could not be read; it yields an error record in its place in the batch. */
    public static DocumentInput failed(String id, String error) {
        return new DocumentInput(id, null, error);
    }

    /** Whether the input was read into a document. */
    public boolean ok() {
        return document != null;
    }
}
