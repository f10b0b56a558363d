package dev.lede.quote;

import dev.lede.annotation.Entity;
import dev.lede.annotation.Quote;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.document.Layers;
import dev.lede.text.TextAnalyzer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs the built-in text analyzer, puts hand-made entities, then the quote analyzer. */
final class QuoteFixture {
    private static final QuoteAnalyzer ANALYZER = new QuoteAnalyzer(CueLexicon.load());

    private QuoteFixture() {
    }

    static List<Quote> quotes(String text, Entity... entities) {
        AnnotatedDocument doc = new AnnotatedDocument(Document.of("t", text));
        new TextAnalyzer().analyze(doc);
        doc.put(Layers.ENTITIES, List.of(entities));
        ANALYZER.analyze(doc);
        return doc.layer(Layers.QUOTES);
    }

    /** The one quote found in the text; fails the test when there are none or several. */
    static Quote only(String text, Entity... entities) {
        List<Quote> quotes = quotes(text, entities);
        assertEquals(1, quotes.size(), () -> "expected one quote, got " + quotes);
        return quotes.get(0);
    }
}
