package dev.lede.text;

import dev.lede.analyzer.Analyzer;
import dev.lede.analyzer.AnalyzerContext;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.document.LayerKey;
import dev.lede.document.Layers;

import java.util.Set;

/** The built-in {@code text} analyzer: tokens, sentences and paragraphs. Every other analyzer stands on it. */
public final class TextAnalyzerProvider implements AnalyzerProvider {
    public static final String NAME = "text";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "tokens, sentences and paragraphs of web news text";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.PARAGRAPHS);
    }

    @Override
    public Analyzer create(AnalyzerContext context) {
        return new TextAnalyzer();
    }
}
