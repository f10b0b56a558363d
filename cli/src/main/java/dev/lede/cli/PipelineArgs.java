package dev.lede.cli;

import dev.lede.analyzer.AnalyzerConfig;
import dev.lede.pipeline.InputLimits;
import dev.lede.pipeline.PipelineOptions;
import dev.lede.plugin.AnalyzerRegistry;
import dev.lede.plugin.OptionChecks;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The options every command that runs a pipeline shares: which analyzers, how many threads, budget, settings. */
public final class PipelineArgs {

    @Option(names = "--analyzers", split = ",", paramLabel = "NAME",
            description = "Analyzers to run, comma-separated; their requirements run too. Default: every installed one.")
    List<String> analyzers = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: one per core (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--time-budget-ms", paramLabel = "MS",
            description = "Time budget per document in milliseconds. Default: ${DEFAULT-VALUE}.")
    long timeBudgetMs = PipelineOptions.DEFAULT_BUDGET.toMillis();

    @Option(names = "--max-tokens", paramLabel = "N",
            description = "Analyzers beyond text skip a document with more tokens, with an error. Default: ${DEFAULT-VALUE}.")
    int maxTokens = InputLimits.DEFAULT.maxTokens();

    @Option(names = "--max-sentence-tokens", paramLabel = "N",
            description = "Analyzers beyond text skip a document with a longer sentence, with an error. Default: ${DEFAULT-VALUE}.")
    int maxSentenceTokens = InputLimits.DEFAULT.maxSentenceTokens();

    @Option(names = "--set", paramLabel = "ANALYZER.KEY=VALUE",
            description = "An analyzer option, e.g. --set geo.demonyms=true (repeatable); `lede analyzers` lists them.")
    Map<String, String> settings = new LinkedHashMap<>();

    /** The analyzers named, or every installed one. */
    List<String> analyzerNames(AnalyzerRegistry registry) {
        return analyzers.isEmpty() ? registry.names() : analyzers.stream().map(String::trim).toList();
    }

    /**
     * @throws UsageException for a setting without an analyzer prefix, or a bad thread count or budget
     * @throws dev.lede.analyzer.UnknownAnalyzerException for a setting of an analyzer that is not installed
     * @throws dev.lede.plugin.OptionException for an option the analyzer does not declare, or a bad value
     */
    PipelineOptions options(AnalyzerRegistry registry) {
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1, got " + threads);
        }
        if (timeBudgetMs < 1) {
            throw new UsageException("--time-budget-ms must be positive, got " + timeBudgetMs);
        }
        Map<String, AnalyzerConfig> configs = configs();
        // a typo in a key fails with the analyzer's valid keys, a bad value with what is valid, before anything loads
        OptionChecks.validate(registry, configs);
        return new PipelineOptions(analyzerNames(registry), threads, Duration.ofMillis(timeBudgetMs), configs,
                limits());
    }

    /** @throws UsageException for a limit below 1 */
    InputLimits limits() {
        try {
            return new InputLimits(maxTokens, maxSentenceTokens);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--max-tokens and --max-sentence-tokens must be at least 1");
        }
    }

    Map<String, AnalyzerConfig> configs() {
        Map<String, Map<String, String>> byAnalyzer = new HashMap<>();
        settings.forEach((key, value) -> {
            int dot = key.indexOf('.');
            if (dot <= 0 || dot == key.length() - 1) {
                throw new UsageException("--set wants ANALYZER.KEY=VALUE, got '" + key + "=" + value + "'");
            }
            byAnalyzer.computeIfAbsent(key.substring(0, dot), k -> new HashMap<>()).put(key.substring(dot + 1), value);
        });
        Map<String, AnalyzerConfig> configs = new HashMap<>();
        byAnalyzer.forEach((name, values) -> configs.put(name, new AnalyzerConfig(values)));
        return configs;
    }
}
