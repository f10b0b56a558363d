package dev.lede.server;

import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.pipeline.AnalyzerPlan;
import dev.lede.pipeline.Pipeline;
import dev.lede.pipeline.PipelineFactory;
import dev.lede.pipeline.PipelineOptions;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pipelines built once per analyzer set and kept, least recently used first out, up to a bound. Requests lease a
 * pipeline; an evicted pipeline is closed only when its last lease is returned, so eviction never breaks a request
 * in flight.
 *
 * <p>The key is the full, sorted set of analyzers a request resolves to (requirements included), so
 * {@code quote} and {@code text,entity,quote} share one pipeline.
 */
final class PipelineCache implements AutoCloseable {
    private final PipelineFactory factory;
    private final PipelineOptions template;
    private final int capacity;
    private final LinkedHashMap<List<String>, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
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
        List<String> key = resolve(names);
        List<Pipeline> toClose = new ArrayList<>();
        Entry entry;
        synchronized (this) {
            if (closed) {
                throw ApiError.stopping();
            }
            entry = entries.get(key);
            if (entry == null) {
                // Built under the lock: heavy resources live in shared Guice singletons, so a build is quick
                // after the first, and two requests never build the same pipeline twice.
                entry = new Entry(factory.build(template.withAnalyzers(key)));
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

    /** Number of pipelines currently kept. */
    synchronized int size() {
        return entries.size();
    }

    private void evictOverflow(List<Pipeline> toClose) {
        Iterator<Map.Entry<List<String>, Entry>> it = entries.entrySet().iterator();
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
