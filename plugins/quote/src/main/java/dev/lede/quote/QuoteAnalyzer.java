package dev.lede.quote;

import dev.lede.analyzer.Analyzer;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Layers;

/** The {@code quote} analyzer: reads the sentences, paragraphs and entities, writes the QUOTES layer. */
final class QuoteAnalyzer implements Analyzer {
    private final QuoteFinder finder;

    QuoteAnalyzer(CueLexicon cues) {
        this.finder = new QuoteFinder(cues);
    }

    @Override
    public void analyze(AnnotatedDocument doc) {
        doc.put(Layers.QUOTES, finder.find(doc.text(), doc.layer(Layers.SENTENCES), doc.layer(Layers.PARAGRAPHS),
                doc.layer(Layers.ENTITIES)));
    }
}
