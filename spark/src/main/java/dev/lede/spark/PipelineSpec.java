package dev.lede.spark;

import dev.lede.analyzer.AnalyzerConfig;
import dev.lede.pipeline.InputLimits;
import dev.lede.pipeline.PipelineOptions;

import java.io.Serializable;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an executor needs to build its pipeline, sent from the driver with every task. Equal specs share one pipeline
 * per executor JVM ({@link ExecutorPipelines}).
 *
 * @param analyzers    the analyzers chosen (their requirements are added when the pipeline is built)
 * @param settings     {@code analyzer.key -> value}, as {@code --set} takes them
 * @param plugins      the plugins shipped to the executors
 * @param threads      analysis threads; 0 for one per core of the executor
 * @param timeBudgetMs time budget per article
 * @param maxTokens    tokens per article beyond which analyzers past text skip it ({@link InputLimits})
 * @param maxSentenceTokens tokens per sentence, likewise
 */
record PipelineSpec(List<String> analyzers, Map<String, String> settings, List<ShippedPlugin> plugins, int threads,
                    long timeBudgetMs, int maxTokens, int maxSentenceTokens) implements Serializable {

    PipelineSpec {
        analyzers = List.copyOf(analyzers);
        settings = Map.copyOf(settings);
        plugins = List.copyOf(plugins);
    }

    /** The pipeline options, with {@code cores} threads when none were chosen. */
    PipelineOptions options(int cores) {
        return new PipelineOptions(analyzers, threads > 0 ? threads : cores, Duration.ofMillis(timeBudgetMs),
                configs(settings), new InputLimits(maxTokens, maxSentenceTokens));
    }

    /**
     * Settings grouped by analyzer: {@code geo.demonyms=true} is the setting {@code demonyms} of {@code geo}.
     *
     * @throws IllegalArgumentException for a key without an analyzer name and a dot
     */
    static Map<String, AnalyzerConfig> configs(Map<String, String> settings) {
        Map<String, Map<String, String>> byAnalyzer = new HashMap<>();
        settings.forEach((key, value) -> {
            int dot = key.indexOf('.');
            if (dot <= 0 || dot == key.length() - 1) {
                throw new IllegalArgumentException("a setting wants ANALYZER.KEY=VALUE, got '" + key + "=" + value
                        + "'");
            }
            byAnalyzer.computeIfAbsent(key.substring(0, dot), k -> new HashMap<>())
                    .put(key.substring(dot + 1), value);
        });
        Map<String, AnalyzerConfig> configs = new HashMap<>();
        byAnalyzer.forEach((name, values) -> configs.put(name, new AnalyzerConfig(values)));
        return configs;
    }
}
