package dev.lede.quote;

import dev.lede.analyzer.Analyzer;
import dev.lede.analyzer.AnalyzerContext;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.document.LayerKey;
import dev.lede.document.Layers;

import java.util.Set;

/**
 * The {@code quote} analyzer: direct, mixed and reported speech with speaker attribution. Speakers are resolved to
 * entities through the ENTITIES layer (its clusters carry pronoun and title mentions); without entities, speakers
 * are still given as text spans.
 */
public final class QuoteAnalyzerProvider implements AnalyzerProvider {
    public static final String NAME = "quote";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "direct, mixed and reported speech, with speakers";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.PARAGRAPHS, Layers.ENTITIES);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(Layers.QUOTES);
    }

    @Override
    public Analyzer create(AnalyzerContext context) {
        return new QuoteAnalyzer(CueLexicon.load());
    }
}
