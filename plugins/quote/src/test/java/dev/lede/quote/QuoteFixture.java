package dev.lede.quote;

import dev.lede.annotation.Entity;
import dev.lede.annotation.Quote;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.document.Layers;
import dev.lede.text.TextAnalyzer;

import java.util.List;

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

    static void dump(String text) {
        for (Quote q : quotes(text)) {
            System.out.println(q.kind() + " [" + q.text() + "] parts=" + q.parts().size() + " speaker="
                    + (q.speaker() == null ? null : q.speaker().text()) + " cue=" + (q.cue() == null ? null : q.cue().text()));
        }
    }

    public static void main(String[] args) {
        dump(args[0].replace("\\n", "\n"));
    }
}
