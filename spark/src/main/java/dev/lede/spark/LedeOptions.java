package dev.lede.spark;

import dev.lede.input.ReaderOptions;
import dev.lede.pipeline.InputLimits;
import dev.lede.pipeline.PipelineOptions;
import org.apache.spark.sql.types.DataType;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How {@link Lede} analyses a table of articles. Immutable; start from {@link #defaults()} and change what you need
 * with the {@code with...} methods, which read the same from Java and Scala:
 *
 * <pre>{@code
 * LedeOptions.defaults().withTextColumn("body").withAnalyzers("entity", "geo").withSetting("geo.demonyms", "true")
 * }</pre>
 *
 * @param textColumn   the column with the article text (a string)
 * @param idColumn     the column with the article id; when it is missing or null the id is
 *                     {@code <partition>-<row>}
 * @param analyzers    the analyzers to run (their requirements run too); empty for every installed one
 * @param settings     analyzer settings as {@code --set} takes them: {@code "geo.demonyms" -> "true"}
 * @param pluginDirs   folders of plugin jars on the driver; {@link Lede} ships them to the executors
 * @param threads      analysis threads per executor JVM; 0 for one per executor core
 * @param timeBudgetMs time budget per article, as the CLI's {@code --time-budget-ms}
 * @param maxBytes     the largest article accepted, in bytes of its JSON record, as the CLI's {@code --max-bytes}
 * @param maxTokens    analyzers beyond text skip an article with more tokens, with an error, as the CLI's
 *                     {@code --max-tokens}
 * @param maxSentenceTokens the same for the longest sentence, as the CLI's {@code --max-sentence-tokens}
 * @param layers       the layers written as columns; empty for every layer the analyzers provide except tokens,
 *                     sentences and paragraphs
 * @param layerSchemas Spark types for plugin layers (the type of one element); a layer without a type is written
 *                     as a JSON string column
 * @param includeText  for {@link Lede#toJsonLines}: write the article text into each record, as the CLI does
 */
public record LedeOptions(String textColumn, String idColumn, List<String> analyzers, Map<String, String> settings,
                          List<String> pluginDirs, int threads, long timeBudgetMs, long maxBytes, int maxTokens,
                          int maxSentenceTokens, List<String> layers,
                          Map<String, DataType> layerSchemas, boolean includeText) implements Serializable {

    public LedeOptions {
        Objects.requireNonNull(textColumn, "textColumn");
        Objects.requireNonNull(idColumn, "idColumn");
        analyzers = List.copyOf(analyzers);
        // insertion order kept: a setting's position in an error message should match the command line
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        pluginDirs = List.copyOf(pluginDirs);
        layers = List.copyOf(layers);
        layerSchemas = Map.copyOf(layerSchemas);
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (one per core) or more, got " + threads);
        }
        if (timeBudgetMs < 1) {
            throw new IllegalArgumentException("the time budget must be positive, got " + timeBudgetMs);
        }
        new ReaderOptions(maxBytes); // checks the range
        new InputLimits(maxTokens, maxSentenceTokens); // and these
    }

    /** Text in {@code text}, id in {@code id}, every analyzer, the CLI's time budget and size limit. */
    public static LedeOptions defaults() {
        return new LedeOptions("text", "id", List.of(), Map.of(), List.of(), 0,
                PipelineOptions.DEFAULT_BUDGET.toMillis(), ReaderOptions.DEFAULT.maxBytes(),
                InputLimits.DEFAULT.maxTokens(), InputLimits.DEFAULT.maxSentenceTokens(), List.of(), Map.of(),
                true);
    }

    public LedeOptions withTextColumn(String column) {
        return new LedeOptions(column, idColumn, analyzers, settings, pluginDirs, threads, timeBudgetMs, maxBytes, maxTokens, maxSentenceTokens,
                layers, layerSchemas, includeText);
    }

    public LedeOptions withIdColumn(String column) {
        return new LedeOptions(textColumn, column, analyzers, settings, pluginDirs, threads, timeBudgetMs, maxBytes, maxTokens, maxSentenceTokens,
                layers, layerSchemas, includeText);
    }

    public LedeOptions withAnalyzers(String... names) {
        return withAnalyzers(List.of(names));
    }

    public LedeOptions withAnalyzers(List<String> names) {
        return new LedeOptions(textColumn, idColumn, names, settings, pluginDirs, threads, timeBudgetMs, maxBytes, maxTokens, maxSentenceTokens,
                layers, layerSchemas, includeText);
    }

    /** One more analyzer setting, {@code analyzer.key} as in {@code --set analyzer.key=value}. */
    public LedeOptions withSetting(String analyzerDotKey, String value) {
        Map<String, String> more = new LinkedHashMap<>(settings);
        more.put(analyzerDotKey, value);
        return new LedeOptions(textColumn, idColumn, analyzers, more, pluginDirs, threads, timeBudgetMs, maxBytes, maxTokens, maxSentenceTokens,
                layers, layerSchemas, includeText);
    }

    /** One more folder of plugin jars (on the driver's file system). */
    public LedeOptions withPluginDir(String folder) {
        List<String> more = new ArrayList<>(pluginDirs);
        more.add(folder);
        return new LedeOptions(textColumn, idColumn, analyzers, settings, more, threads, timeBudgetMs, maxBytes, maxTokens, maxSentenceTokens,
                layers, layerSchemas, includeText);
    }

    public LedeOptions withThreads(int n) {
        return new LedeOptions(textColumn, idColumn, analyzers, settings, pluginDirs, n, timeBudgetMs, maxBytes, maxTokens, maxSentenceTokens,
                layers, layerSchemas, includeText);
    }

    public LedeOptions withTimeBudgetMs(long ms) {
        return new LedeOptions(textColumn, idColumn, analyzers, settings, pluginDirs, threads, ms, maxBytes, maxTokens, maxSentenceTokens, layers,
                layerSchemas, includeText);
    }

    public LedeOptions withMaxBytes(long bytes) {
        return new LedeOptions(textColumn, idColumn, analyzers, settings, pluginDirs, threads, timeBudgetMs, bytes, maxTokens, maxSentenceTokens,
                layers, layerSchemas, includeText);
    }

    /** The CLI's {@code --max-tokens} and {@code --max-sentence-tokens}: tokens per article and per sentence. */
    public LedeOptions withInputLimits(int tokens, int sentenceTokens) {
        return new LedeOptions(textColumn, idColumn, analyzers, settings, pluginDirs, threads, timeBudgetMs, maxBytes,
                tokens, sentenceTokens, layers, layerSchemas, includeText);
    }

    public LedeOptions withLayers(String... names) {
        return withLayers(List.of(names));
    }

    public LedeOptions withLayers(List<String> names) {
        return new LedeOptions(textColumn, idColumn, analyzers, settings, pluginDirs, threads, timeBudgetMs, maxBytes, maxTokens, maxSentenceTokens,
                names, layerSchemas, includeText);
    }

    /** The Spark type of one element of a plugin's layer; without one the layer is a JSON string column. */
    public LedeOptions withLayerSchema(String layer, DataType elementType) {
        Map<String, DataType> more = new LinkedHashMap<>(layerSchemas);
        more.put(layer, elementType);
        return new LedeOptions(textColumn, idColumn, analyzers, settings, pluginDirs, threads, timeBudgetMs, maxBytes, maxTokens, maxSentenceTokens,
                layers, more, includeText);
    }

    public LedeOptions withIncludeText(boolean include) {
        return new LedeOptions(textColumn, idColumn, analyzers, settings, pluginDirs, threads, timeBudgetMs, maxBytes, maxTokens, maxSentenceTokens,
                layers, layerSchemas, include);
    }
}
