package dev.lede.analyzer;

import dev.lede.document.LayerKey;

import java.util.List;
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
 *
 * <p>Lifecycle: the runtime instantiates every provider it finds to read its name, layers and options (keep the
 * constructor cheap), and calls {@link #create} only for the analyzers a run needs, once per pipeline. Heavy
 * resources are loaded in {@code create} through {@link AnalyzerContext#shared}, so every pipeline and thread shares
 * one copy. A plugin jar states the SPI it was built against in its manifest ({@link SpiVersion}).
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

    /**
     * The options this analyzer reads from {@link AnalyzerContext#config()}; the runtime rejects any other key, and
     * any value that does not fit the declared type. None by default.
     */
    default List<OptionSpec> options() {
        return List.of();
    }

    /**
     * Builds the analyzer. Called once per pipeline; load heavy resources here through
     * {@link AnalyzerContext#shared}, never per document.
     */
    Analyzer create(AnalyzerContext context) throws Exception;
}
