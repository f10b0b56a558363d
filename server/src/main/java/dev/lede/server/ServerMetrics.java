package dev.lede.server;

import dev.lede.pipeline.AnalysisResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service's Prometheus metrics: a request timer per route, method and status, a timer per analyzer fed from
 * each document's {@link AnalysisResult#nanosByAnalyzer()}, document and error counters, and the JVM.
 */
final class ServerMetrics implements AutoCloseable {
    static final String REQUESTS = "lede.http.requests";
    static final String ANALYZER = "lede.analyzer";
    static final String DOCUMENTS = "lede.documents";
    static final String DOCUMENT_ERRORS = "lede.document.errors";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    ServerMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        gc.bindTo(registry);
    }

    /** One finished HTTP request; {@code route} is the route template, never the raw path. */
    void request(String method, String route, int status, long nanos) {
        Timer.builder(REQUESTS)
                .description("HTTP requests by route")
                .tag("method", method)
                .tag("route", route)
                .tag("status", Integer.toString(status))
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** One analysed document: time per analyzer and whether any analyzer failed. */
    void document(AnalysisResult result) {
        for (Map.Entry<String, Long> e : result.nanosByAnalyzer().entrySet()) {
            Timer.builder(ANALYZER)
                    .description("time spent per document in each analyzer")
                    .tag("analyzer", e.getKey())
                    .register(registry)
                    .record(e.getValue(), TimeUnit.NANOSECONDS);
        }
        Counter.builder(DOCUMENTS).description("documents analysed").register(registry).increment();
        if (!result.errors().isEmpty()) {
            Counter.builder(DOCUMENT_ERRORS).description("documents with at least one analyzer error")
                    .register(registry).increment();
        }
    }

    /** The Prometheus text exposition. */
    String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
