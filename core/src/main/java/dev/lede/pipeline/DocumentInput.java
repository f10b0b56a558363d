package dev.lede.pipeline;

import dev.lede.document.Document;

/**
 * One input of a batch: a document, or the reason it could not be read. Keeping failed inputs in the stream is
 * what lets a batch yield exactly one output per input, in order.
 */
public record DocumentInput(String id, Document document, String error) {

    public static DocumentInput of(Document document) {
        return new DocumentInput(document.id(), document, null);
    }

    public static DocumentInput failed(String id, String error) {
        return new DocumentInput(id, null, error);
    }

    public boolean ok() {
        return document != null;
    }
}
