package dev.lede.server;

import dev.lede.analyzer.AnalyzerConfig;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.pipeline.AnalyzerPlan;
import dev.lede.pipeline.Pipeline;
import dev.lede.pipeline.PipelineFactory;
import dev.lede.pipeline.PipelineOptions;
import dev.lede.plugin.OptionChecks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pipelines built once per analyzer set and kept, least recently used first out, up to a bound. Requests lease a
 * pipeline; an evicted pipeline is closed only when its last lease is returned, so eviction never breaks a request
 * in flight.
 *
 * <p>The key is the full, sorted set of analyzers a request resolves to (requirements included), so
 * {@code quote} and {@code text,entity,quote} share one pipeline, and the request's per-request options, since an
 * analyzer reads its options when it is created.
 */
final class PipelineCache implements AutoCloseable {
    private final PipelineFactory factory;
    private final PipelineOptions template;
    private final int capacity;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private boolean closed;

    /**
     * @param template threads, time budget and configurations of every pipeline (its analyzer list is ignored)
     */
    PipelineCache(PipelineFactory factory, PipelineOptions template, int capacity) {
        this.factory = factory;
        this.template = template;
        this.capacity = capacity;
    }

    /**
     * Leases the pipeline for these analyzer names, building it on first use.
     *
     * @throws dev.lede.analyzer.AnalyzerException for an unknown name or a missing requirement
     */
    Lease acquire(List<String> names) {
        return acquire(names, Map.of());
    }

    /**
     * Leases the pipeline for these analyzer names with these per-request options over the service's own, building
     * it on first use.
     *
     * @throws dev.lede.analyzer.AnalyzerException for an unknown name, a missing requirement or a bad option
     */
    Lease acquire(List<String> names, Map<String, AnalyzerConfig> overrides) {
        Key key = new Key(resolve(names), new TreeMap<>(overrides).toString());
        List<Pipeline> toClose = new ArrayList<>();
        Entry entry;
        synchronized (this) {
            if (closed) {
                throw ApiError.stopping();
            }
            entry = entries.get(key);
            if (entry == null) {
                // Built under the lock: heavy resources are shared across pipelines, so a build is quick
                // after the first, and two requests never build the same pipeline twice.
                entry = new Entry(factory.build(template.withAnalyzers(key.analyzers())
                        .withConfigs(merged(template.configs(), overrides))));
                entries.put(key, entry);
                evictOverflow(toClose);
            }
            entry.leases++;
        }
        toClose.forEach(Pipeline::close);
        return new Lease(entry);
    }

    /**
     * The sorted analyzer set these names resolve to, requirements included.
     *
     * @throws dev.lede.analyzer.AnalyzerException for an unknown name or a missing requirement
     */
    List<String> resolve(List<String> names) {
        return AnalyzerPlan.resolve(factory.registry(), names).stream().map(AnalyzerProvider::name).sorted().toList();
    }

    /**
     * Checks per-request options against the declarations: each must be declared, fit its type, and be safe per
     * request.
     *
     * @throws dev.lede.plugin.OptionException naming the valid keys or values
     */
    void checkPerRequest(Map<String, AnalyzerConfig> overrides) {
        OptionChecks.validatePerRequest(factory.registry(), overrides);
    }

    // The service's options with the request's on top, key by key.
    private static Map<String, AnalyzerConfig> merged(Map<String, AnalyzerConfig> base,
                                                      Map<String, AnalyzerConfig> overrides) {
        if (overrides.isEmpty()) {
            return base;
        }
        Map<String, AnalyzerConfig> out = new HashMap<>(base);
        overrides.forEach((name, config) -> {
            Map<String, String> values = new HashMap<>(out.getOrDefault(name, AnalyzerConfig.EMPTY).values());
            values.putAll(config.values());
            out.put(name, new AnalyzerConfig(values));
        });
        return out;
    }

    /** Number of pipelines currently kept. */
    synchronized int size() {
        return entries.size();
    }

    private void evictOverflow(List<Pipeline> toClose) {
        Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator();
        while (entries.size() > capacity && it.hasNext()) {
            Entry eldest = it.next().getValue();
            it.remove();
            eldest.retired = true;
            if (eldest.leases == 0) {
                toClose.add(eldest.pipeline);
            }
        }
    }

    private void release(Entry entry) {
        boolean close;
        synchronized (this) {
            entry.leases--;
            close = entry.retired && entry.leases == 0;
        }
        if (close) {
            entry.pipeline.close();
        }
    }

    /** Closes every pipeline not leased now; leased ones close when returned. */
    @Override
    public void close() {
        List<Pipeline> toClose = new ArrayList<>();
        synchronized (this) {
            closed = true;
            for (Entry e : entries.values()) {
                e.retired = true;
                if (e.leases == 0) {
                    toClose.add(e.pipeline);
                }
            }
            entries.clear();
        }
        toClose.forEach(Pipeline::close);
    }

    // The resolved analyzer set and the per-request options (sorted, as text), which together decide the pipeline.
    private record Key(List<String> analyzers, String overrides) {
    }

    private static final class Entry {
        final Pipeline pipeline;
        int leases;
        boolean retired;

        Entry(Pipeline pipeline) {
            this.pipeline = pipeline;
        }
    }

    /** A pipeline on loan; return it with {@link #close()}. */
    final class Lease implements AutoCloseable {
        private final Entry entry;
        private boolean returned;

        private Lease(Entry entry) {
            this.entry = entry;
        }

        Pipeline pipeline() {
            return entry.pipeline;
        }

        @Override
        public void close() {
            if (!returned) {
                returned = true;
                release(entry);
            }
        }
    }
}
