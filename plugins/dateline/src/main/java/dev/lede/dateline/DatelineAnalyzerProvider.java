package dev.lede.dateline;


import dev.lede.analyzer.Analyzer;
import dev.lede.analyzer.AnalyzerContext;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.document.LayerKey;
import dev.lede.document.Layers;

import java.util.Set;

/**
 * The {@code dateline} analyzer: the header of a story ("KYIV, April 15 (Reuters) -"), at most one per document,
 * with its place, date and agency. It reads the raw text, so it needs no other layer; the time analyzer takes its date
 * as the reference date when the document's metadata has none, and the place is left to the geo analyzer to resolve.
 */
public final class DatelineAnalyzerProvider implements AnalyzerProvider {
    public static final String NAME = "dateline";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "the story's dateline or header: place, date (ISO) and news agency";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(Layers.DATELINE);
    }

    @Override
    public Analyzer create(AnalyzerContext context) {
        HeaderReader reader = new HeaderReader();
        return doc -> doc.put(Layers.DATELINE, reader.read(doc.text(), doc.document().metadata().date()).stream().toList());
    }
}
