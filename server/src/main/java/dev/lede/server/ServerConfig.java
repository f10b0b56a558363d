package dev.lede.server;

import dev.lede.analyzer.AnalyzerConfig;
import dev.lede.pipeline.InputLimits;
import dev.lede.pipeline.PipelineOptions;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How the HTTP service runs.
 *
 * @param host              interface to bind, e.g. {@code 127.0.0.1}
 * @param port              TCP port; 0 picks a free one
 * @param analyzers         analyzers run when a request names none; empty means every installed analyzer
 * @param threads           worker threads of each pipeline
 * @param timeBudget        time budget per document
 * @param configs           per-analyzer configuration ({@code --set geo.key=value})
 * @param maxBodyBytes      larger request bodies are refused with 413
 * @param maxConcurrent     extraction requests served at once; more are refused with 503 rather than queued
 * @param maxPipelines      distinct analyzer sets whose pipelines are kept built
 * @param stopTimeout       how long shutdown waits for requests in flight
 * @param inputLimits       tokens per document and per sentence the analyzers beyond text accept
 * @param http              timeouts, minimum body rate, accept queue and connection limit
 */
public record ServerConfig(String host, int port, List<String> analyzers, int threads, Duration timeBudget,
                           Map<String, AnalyzerConfig> configs, long maxBodyBytes, int maxConcurrent,
                           int maxPipelines, Duration stopTimeout, InputLimits inputLimits, HttpLimits http) {

    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

    public ServerConfig {
        analyzers = List.copyOf(analyzers);
        configs = Map.copyOf(configs);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be within 0..65535, got " + port);
        }
        if (threads < 1 || maxConcurrent < 1 || maxPipelines < 1) {
            throw new IllegalArgumentException("threads, max concurrent requests and max pipelines must be at least 1");
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("max body bytes must be positive, got " + maxBodyBytes);
        }
        inputLimits = inputLimits == null ? InputLimits.DEFAULT : inputLimits;
        http = http == null ? HttpLimits.DEFAULT : http;
    }

    /** With the default input and HTTP limits. */
    public ServerConfig(String host, int port, List<String> analyzers, int threads, Duration timeBudget,
                        Map<String, AnalyzerConfig> configs, long maxBodyBytes, int maxConcurrent, int maxPipelines,
                        Duration stopTimeout) {
        this(host, port, analyzers, threads, timeBudget, configs, maxBodyBytes, maxConcurrent, maxPipelines,
                stopTimeout, InputLimits.DEFAULT, HttpLimits.DEFAULT);
    }

    /** The pipeline settings (threads, budget, configuration) for these analyzers. */
    public PipelineOptions pipelineOptions(List<String> analyzerNames) {
        return new PipelineOptions(analyzerNames, threads, timeBudget, configs, inputLimits);
    }

    /** Local defaults: 127.0.0.1:8080, every analyzer, one thread per core, 10 MB bodies. */
    public static ServerConfig defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServerConfig("127.0.0.1", 8080, List.of(), cores, PipelineOptions.DEFAULT_BUDGET, Map.of(),
                DEFAULT_MAX_BODY_BYTES, Math.max(4, cores * 2), 8, Duration.ofSeconds(30), InputLimits.DEFAULT,
                HttpLimits.DEFAULT);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, analyzers, threads, timeBudget, configs, maxBodyBytes, maxConcurrent,
                maxPipelines, stopTimeout, inputLimits, http);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, analyzers, threads, timeBudget, configs, maxBodyBytes, maxConcurrent,
                maxPipelines, stopTimeout, inputLimits, http);
    }

    public ServerConfig withAnalyzers(List<String> newAnalyzers) {
        return new ServerConfig(host, port, newAnalyzers, threads, timeBudget, configs, maxBodyBytes, maxConcurrent,
                maxPipelines, stopTimeout, inputLimits, http);
    }

    public ServerConfig withThreads(int newThreads) {
        return new ServerConfig(host, port, analyzers, newThreads, timeBudget, configs, maxBodyBytes, maxConcurrent,
                maxPipelines, stopTimeout, inputLimits, http);
    }

    public ServerConfig withTimeBudget(Duration newBudget) {
        return new ServerConfig(host, port, analyzers, threads, newBudget, configs, maxBodyBytes, maxConcurrent,
                maxPipelines, stopTimeout, inputLimits, http);
    }

    public ServerConfig withConfigs(Map<String, AnalyzerConfig> newConfigs) {
        return new ServerConfig(host, port, analyzers, threads, timeBudget, newConfigs, maxBodyBytes, maxConcurrent,
                maxPipelines, stopTimeout, inputLimits, http);
    }

    public ServerConfig withMaxBodyBytes(long newMax) {
        return new ServerConfig(host, port, analyzers, threads, timeBudget, configs, newMax, maxConcurrent,
                maxPipelines, stopTimeout, inputLimits, http);
    }

    public ServerConfig withMaxConcurrent(int newMax) {
        return new ServerConfig(host, port, analyzers, threads, timeBudget, configs, maxBodyBytes, newMax,
                maxPipelines, stopTimeout, inputLimits, http);
    }

    public ServerConfig withStopTimeout(Duration newTimeout) {
        return new ServerConfig(host, port, analyzers, threads, timeBudget, configs, maxBodyBytes, maxConcurrent,
                maxPipelines, newTimeout, inputLimits, http);
    }

    public ServerConfig withInputLimits(InputLimits newLimits) {
        return new ServerConfig(host, port, analyzers, threads, timeBudget, configs, maxBodyBytes, maxConcurrent,
                maxPipelines, stopTimeout, newLimits, http);
    }

    public ServerConfig withHttp(HttpLimits newHttp) {
        return new ServerConfig(host, port, analyzers, threads, timeBudget, configs, maxBodyBytes, maxConcurrent,
                maxPipelines, stopTimeout, inputLimits, newHttp);
    }
}
