package dev.lede.cli;

import dev.lede.pipeline.PipelineOptions;
import dev.lede.server.HttpLimits;
import dev.lede.server.LedeServer;
import dev.lede.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code lede serve}: the HTTP service, until the process is stopped (Ctrl-C, SIGTERM). */
@Command(name = "serve",
        description = {"Run the HTTP service: POST /v1/extract, GET /v1/analyzers, /health, /metrics, /openapi.yaml.",
                "Stops gracefully on Ctrl-C or SIGTERM: requests in flight finish first."})
final class ServeCommand implements Callable<Integer> {
    private static final ServerConfig DEFAULTS = ServerConfig.defaults();
    private static final HttpLimits HTTP = HttpLimits.DEFAULT;

    @ParentCommand
    LedeCommand lede;

    @Mixin
    PipelineArgs pipelineArgs;

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port = DEFAULTS.port();

    @Option(names = "--host", paramLabel = "HOST", description = "Interface to listen on. Default: ${DEFAULT-VALUE}.")
    String host = DEFAULTS.host();

    @Option(names = "--max-body-bytes", paramLabel = "N", description = "Larger bodies get 413. Default: ${DEFAULT-VALUE}.")
    long maxBodyBytes = DEFAULTS.maxBodyBytes();

    @Option(names = "--max-concurrent", paramLabel = "N",
            description = "Extraction requests served at once; more get 503. Default: ${DEFAULT-VALUE}.")
    int maxConcurrent = DEFAULTS.maxConcurrent();

    @Option(names = "--max-pipelines", paramLabel = "N",
            description = "Distinct analyzer sets whose pipelines stay built (requests may choose their analyzers); "
                    + "the least recently used is closed beyond that. Default: ${DEFAULT-VALUE}.")
    int maxPipelines = DEFAULTS.maxPipelines();

    @Option(names = "--stop-timeout-ms", paramLabel = "MS",
            description = "How long shutdown waits for requests in flight. Default: ${DEFAULT-VALUE}.")
    long stopTimeoutMs = DEFAULTS.stopTimeout().toMillis();

    @Option(names = "--header-timeout-ms", paramLabel = "MS",
            description = "Longest a connection may spend between requests (waiting for or reading headers). Default: ${DEFAULT-VALUE}.")
    long headerTimeoutMs = HTTP.headerTimeout().toMillis();

    @Option(names = "--body-timeout-ms", paramLabel = "MS",
            description = "Longest a request body may take to arrive; slower gets 408. Default: ${DEFAULT-VALUE}.")
    long bodyTimeoutMs = HTTP.bodyTimeout().toMillis();

    @Option(names = "--min-body-rate", paramLabel = "BYTES_PER_S",
            description = "Slowest average body rate accepted after the first 2 s; slower gets 408. Default: ${DEFAULT-VALUE}.")
    long minBodyRate = HTTP.minBodyRate();

    @Option(names = "--max-connections", paramLabel = "N",
            description = "Open connections at once; more wait in the accept queue. Default: ${DEFAULT-VALUE}.")
    int maxConnections = HTTP.maxConnections();

    @Option(names = "--accept-queue", paramLabel = "N",
            description = "Connections waiting to be accepted (listen backlog). Default: ${DEFAULT-VALUE}.")
    int acceptQueue = HTTP.acceptQueue();

    @Override
    public Integer call() throws InterruptedException {
        var factory = lede.factory();
        PipelineOptions options = pipelineArgs.options(factory.registry());
        ServerConfig config;
        try {
            HttpLimits http = HTTP.withHeaderTimeout(Duration.ofMillis(headerTimeoutMs))
                    .withBodyTimeout(Duration.ofMillis(bodyTimeoutMs))
                    .withMinBodyRate(minBodyRate)
                    .withMaxConnections(maxConnections)
                    .withAcceptQueue(acceptQueue);
            config = new ServerConfig(host, port, pipelineArgs.analyzers, options.threads(), options.timeBudget(),
                    options.configs(), maxBodyBytes, maxConcurrent, maxPipelines,
                    Duration.ofMillis(stopTimeoutMs), options.limits(), http);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        LedeServer server = LedeServer.start(factory, config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "lede-shutdown"));
        stopped.await();
        return 0;
    }
}
