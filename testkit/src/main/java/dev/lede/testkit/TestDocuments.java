package dev.lede.testkit;

import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.text.TextAnalyzer;

/** Documents for analyzer tests, with the layers of the built-in {@code text} analyzer already filled in. */
public final class TestDocuments {
    /** A short wire-style paragraph with names, a quote, numbers and places (written for Lede's tests). */
    public static final String NEWS_PARAGRAPH = "LISBON, March 3 (Lede) - Portugal's finance minister Ana Duarte said "
            + "on Tuesday the government would spend 1.2 billion euros ($1.3 billion) on new rail lines. "
            + "\u201cWe cannot wait another decade,\u201d she told reporters in Porto, adding that about 40% of the "
            + "work would start before 2027. The EU has promised to pay part of the cost.";

    private TestDocuments() {
    }

    /** A document with id "test" and the given text, with tokens, sentences and paragraphs. */
    public static AnnotatedDocument withText(String text) {
        return withText("test", text);
    }

    /** A document with this id and text, with tokens, sentences and paragraphs. */
    public static AnnotatedDocument withText(String id, String text) {
        AnnotatedDocument doc = new AnnotatedDocument(Document.of(id, text));
        try {
            new TextAnalyzer().analyze(doc);
        } catch (Exception e) {
            throw new IllegalStateException("the text analyzer failed on the test text", e);
        }
        return doc;
    }
}
