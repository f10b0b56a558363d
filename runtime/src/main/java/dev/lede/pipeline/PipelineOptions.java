package dev.lede.pipeline;

import dev.lede.analyzer.AnalyzerConfig;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How to build a pipeline: which analyzers (their requirements are added), how many worker threads, the time
 * budget per document, per-analyzer configuration keyed by analyzer name, and the input limits per document.
 */
public record PipelineOptions(List<String> analyzers, int threads, Duration timeBudget,
                              Map<String, AnalyzerConfig> configs, InputLimits limits) {

    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(30);

    public PipelineOptions {
        analyzers = List.copyOf(analyzers);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (timeBudget == null || timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("time budget must be positive");
        }
        configs = Map.copyOf(configs);
        limits = limits == null ? InputLimits.DEFAULT : limits;
    }

    /** With the {@linkplain InputLimits#DEFAULT default input limits}. */
    public PipelineOptions(List<String> analyzers, int threads, Duration timeBudget,
                           Map<String, AnalyzerConfig> configs) {
        this(analyzers, threads, timeBudget, configs, InputLimits.DEFAULT);
    }

    /** These analyzers with the defaults: one thread per core, {@link #DEFAULT_BUDGET}, no configuration. */
    public static PipelineOptions of(List<String> analyzers) {
        return new PipelineOptions(analyzers, Runtime.getRuntime().availableProcessors(), DEFAULT_BUDGET, Map.of());
    }

    /** The same threads, budget and configuration for another set of analyzers. */
    public PipelineOptions withAnalyzers(List<String> names) {
        return new PipelineOptions(names, threads, timeBudget, configs, limits);
    }

    public PipelineOptions withThreads(int n) {
        return new PipelineOptions(analyzers, n, timeBudget, configs, limits);
    }

    public PipelineOptions withTimeBudget(Duration budget) {
        return new PipelineOptions(analyzers, threads, budget, configs, limits);
    }

    public PipelineOptions withConfigs(Map<String, AnalyzerConfig> newConfigs) {
        return new PipelineOptions(analyzers, threads, timeBudget, newConfigs, limits);
    }

    public PipelineOptions withLimits(InputLimits newLimits) {
        return new PipelineOptions(analyzers, threads, timeBudget, configs, newLimits);
    }

    /** The configuration of one analyzer, empty when none was given. */
    public AnalyzerConfig config(String analyzer) {
        return configs.getOrDefault(analyzer, AnalyzerConfig.EMPTY);
    }
}
