package dev.lede.analyzer;

import com.google.inject.Module;
import dev.lede.document.LayerKey;

import java.util.Optional;
import java.util.Set;

/**
 * The entry point of an analyzer plugin, found with {@link java.util.ServiceLoader}: list the implementation in
 * {@code META-INF/services/dev.lede.analyzer.AnalyzerProvider} and give it a public no-argument constructor.
 *
 * <pre>{@code
 * public final class SentimentProvider implements AnalyzerProvider {
 *     public static final LayerKey<Sentiment> SENTIMENT = LayerKey.of("sentiment", Sentiment.class);
 *     public String name() { return "sentiment"; }
 *     public Set<LayerKey<?>> requires() { return Set.of(Layers.SENTENCES); }
 *     public Set<LayerKey<?>> provides() { return Set.of(SENTIMENT); }
 *     public Analyzer create(AnalyzerContext context) { return doc -> doc.put(SENTIMENT, score(doc)); }
 * }
 * }</pre>
 *
 * The pipeline runs an analyzer after the providers of every layer it requires. Choosing an analyzer by name pulls
 * in those providers too.
 */
public interface AnalyzerProvider {

    /** Unique name, {@code [a-z][a-z0-9-]*}; what users type in {@code --analyzers}. */
    String name();

    /** One line for {@code lede analyzers}. */
    default String description() {
        return "";
    }

    /** Layers that must exist before this analyzer runs. */
    Set<LayerKey<?>> requires();

    /** Layers this analyzer adds. No two installed providers may provide the same layer. */
    Set<LayerKey<?>> provides();

    /** Optional Guice wiring for shared, heavy resources; objects bound here are reached via {@link AnalyzerContext}. */
    default Optional<Module> module() {
        return Optional.empty();
    }

    /** Builds the analyzer. Called once per pipeline; load heavy resources here or in the Guice module, not per document. */
    Analyzer create(AnalyzerContext context) throws Exception;
}
