package dev.lede.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.document.Document;
import dev.lede.document.Layers;
import dev.lede.input.DocumentReader;
import dev.lede.input.InputFormat;
import dev.lede.input.ReaderOptions;
import dev.lede.json.LedeJson;
import dev.lede.pipeline.AnalysisResult;
import dev.lede.pipeline.DocumentInput;
import dev.lede.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code lede bench}: throughput and latency of a pipeline on a set of articles, after a warm-up. The articles are
 * read once and analysed over and over for the measured time.
 */
@Command(name = "bench",
        description = {"Measure documents/s, tokens/s, MB/s, latency per document and per analyzer, heap allocated per "
                + "token by each analyzer, and peak heap. With --threads N above 1, one thread is measured first in the "
                + "same run and the scaling factor against it is reported.",
                "Default input: the sample articles in examples/."})
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    LedeCommand lede;

    @Mixin
    PipelineArgs pipelineArgs;

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*", description = "Articles to analyse. Default: examples/.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--warmup-seconds", paramLabel = "S", description = "Warm-up before measuring. Default: ${DEFAULT-VALUE}.")
    double warmupSeconds = 5;

    @Option(names = "--seconds", paramLabel = "S", description = "Measured time. Default: ${DEFAULT-VALUE}.")
    double seconds = 10;

    @Option(names = "--json", description = "Print JSON for machines.")
    boolean json;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "Read the inputs as text, json, jsonl, html or warc. With html each page is read again "
                    + "(decoded, main text and metadata extracted) inside the measured loop, on one thread, and the "
                    + "reading is timed on its own. Default: by file extension, read once before measuring.")
    String inputFormat;

    @Override
    public Integer call() throws Exception {
        if (warmupSeconds < 0 || seconds <= 0) {
            throw new UsageException("--seconds must be positive and --warmup-seconds not negative");
        }
        List<String> named = inputs.isEmpty() ? List.of(defaultInput().toString()) : inputs;
        InputFormat format = inputFormat == null ? null : ExtractCommand.parseFormat(inputFormat);
        PageReading pages = format == InputFormat.HTML ? PageReading.load(InputSources.of(named).files(), format) : null;
        List<Document> docs = pages != null ? pages.documents() : load(InputSources.of(named), format);
        var factory = lede.factory();
        Measurement m;
        var options = pipelineArgs.options(factory.registry());
        try (Pipeline pipeline = factory.build(options)) {
            run(pipeline, docs, pages, nanos(warmupSeconds), null);
            // With several threads, one thread is measured first in the same run (same warm JIT, same machine load),
            // so the scaling factor compares like with like. The factory shares the models between both pipelines.
            Double oneThreadTokensPerSecond = null;
            if (options.threads() > 1) {
                try (Pipeline single = factory.build(options.withThreads(1))) {
                    // its own short warm-up too: measured straight after the N-thread warm-up, the one-thread pass
                    // once ran at half its rate and reported a scaling of 3x on 2 cores
                    run(single, docs, pages, nanos(Math.min(warmupSeconds, 3)), null);
                    Measurement one = new Measurement(single.analyzers(), 1, named, docs);
                    if (pages != null) {
                        pages.reset();
                    }
                    run(single, docs, pages, nanos(seconds), one);
                    oneThreadTokensPerSecond = one.tokens / one.seconds();
                }
            }
            System.gc();
            List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
            m = new Measurement(pipeline.analyzers(), pipeline.options().threads(), named, docs);
            if (pages != null) {
                pages.reset();
            }
            Map<String, Long> allocatedBefore = pipeline.allocatedBytesByAnalyzer();
            run(pipeline, docs, pages, nanos(seconds), m);
            pipeline.allocatedBytesByAnalyzer().forEach((name, bytes) ->
                    m.allocatedBytes.put(name, bytes - allocatedBefore.getOrDefault(name, 0L)));
            m.oneThreadTokensPerSecond = oneThreadTokensPerSecond;
            m.reading = pages;
            m.peakHeapBytes = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        }
        PrintStream out = lede.console().out();
        if (json) {
            out.println(LedeJson.toPrettyJson(m.toJson()));
        } else {
            m.print(out);
        }
        return 0;
    }

    private static long nanos(double s) {
        return (long) (s * 1e9);
    }

    private List<Document> load(InputSources sources, InputFormat format) {
        if (sources.stdin()) {
            throw new UsageException("bench reads files, not standard input");
        }
        List<Document> docs = new ArrayList<>();
        DocumentReader reader = new DocumentReader(ReaderOptions.DEFAULT);
        Iterator<DocumentInput> it = sources.documents(reader, format, lede.console().in(), new CountingInputStream.Total());
        while (it.hasNext()) {
            DocumentInput in = it.next();
            if (in.ok()) {
                docs.add(in.document());
            } else {
                lede.console().err().println("lede: skipping " + in.id() + ": " + in.error());
            }
        }
        if (docs.isEmpty()) {
            throw new UsageException("no readable document in " + sources.files());
        }
        return docs;
    }

    // examples/ in the working directory, else beside the jar (cli/target/lede.jar -> examples/).
    private static Path defaultInput() throws URISyntaxException {
        Path here = Path.of("examples");
        if (Files.isDirectory(here)) {
            return here;
        }
        Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path repo = jar.getParent() == null || jar.getParent().getParent() == null ? null
                : jar.getParent().getParent().getParent();
        if (repo != null && Files.isDirectory(repo.resolve("examples"))) {
            return repo.resolve("examples");
        }
        throw new UsageException("no examples/ directory here; name the articles to benchmark");
    }

    /**
     * Analyses the documents round-robin until {@code durationNanos} has passed; records into {@code m}. With
     * {@code pages}, each document is read from its page's bytes again as it is handed to the pipeline.
     */
    private static void run(Pipeline pipeline, List<Document> docs, PageReading pages, long durationNanos,
                            Measurement m) {
        Map<Document, Integer> utf8Bytes = new IdentityHashMap<>();
        docs.forEach(d -> utf8Bytes.put(d, d.text().getBytes(StandardCharsets.UTF_8).length));
        long start = System.nanoTime();
        long deadline = start + durationNanos;
        Iterator<DocumentInput> cycle = new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return System.nanoTime() < deadline;
            }

            @Override
            public DocumentInput next() {
                int at = i++ % docs.size();
                return pages == null ? DocumentInput.of(docs.get(at)) : pages.read(at);
            }
        };
        pipeline.process(cycle, r -> {
            if (m != null) {
                m.add(r, utf8Bytes.getOrDefault(r.document(), r.document().text().length()));
            }
        });
        if (m != null) {
            m.wallNanos = System.nanoTime() - start;
        }
    }

    /** What one measured run saw. */
    static final class Measurement {
        final List<String> analyzers;
        final int threads;
        final Samples perDocument = new Samples();
        final Map<String, Samples> perAnalyzer = new LinkedHashMap<>();
        final List<String> inputs;
        final int inputDocuments;
        final long inputChars;
        long documents;
        long documentsWithErrors;
        long tokens;
        long bytes;
        long wallNanos;
        long peakHeapBytes;
        /** The timing of reading pages inside the loop, or null when documents were read once before. */
        PageReading reading;
        /** Heap each analyzer allocated while measured; empty when the JVM does not count it. */
        final Map<String, Long> allocatedBytes = new LinkedHashMap<>();
        /** Tokens/s of one thread measured in the same run, or null when this measurement is of one thread. */
        Double oneThreadTokensPerSecond;

        /**
         * @param inputs the paths named on the command line
         * @param docs   the documents read from them, analysed round-robin
         */
        Measurement(List<String> analyzers, int threads, List<String> inputs, List<Document> docs) {
            this.analyzers = analyzers;
            this.threads = threads;
            this.inputs = List.copyOf(inputs);
            this.inputDocuments = docs.size();
            this.inputChars = docs.stream().mapToLong(d -> d.text().length()).sum();
            analyzers.forEach(a -> perAnalyzer.put(a, new Samples()));
        }

        void add(AnalysisResult r, int utf8Bytes) {
            documents++;
            if (!r.errors().isEmpty()) {
                documentsWithErrors++;
            }
            tokens += r.layer(Layers.TOKENS).size();
            bytes += utf8Bytes;
            long total = 0;
            for (Map.Entry<String, Long> e : r.nanosByAnalyzer().entrySet()) {
                total += e.getValue();
                perAnalyzer.computeIfAbsent(e.getKey(), k -> new Samples()).add(e.getValue());
            }
            perDocument.add(total);
        }

        double seconds() {
            return wallNanos / 1e9;
        }

        ObjectNode toJson() {
            ObjectNode root = LedeJson.mapper().createObjectNode();
            ObjectNode machine = root.putObject("machine");
            machine.put("cores", Runtime.getRuntime().availableProcessors());
            machine.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
            machine.put("java", System.getProperty("java.version"));
            machine.put("vm", System.getProperty("java.vm.name"));
            machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
            ObjectNode input = root.putObject("input");
            input.putPOJO("paths", inputs);
            input.put("documents", inputDocuments);
            input.put("chars", inputChars);
            root.putPOJO("analyzers", analyzers);
            root.put("threads", threads);
            root.put("seconds", seconds());
            root.put("documents", documents);
            root.put("documentsWithErrors", documentsWithErrors);
            root.put("documentsPerSecond", documents / seconds());
            root.put("tokensPerSecond", tokens / seconds());
            root.put("megabytesPerSecond", bytes / 1e6 / seconds());
            root.set("latencyMs", latency(perDocument));
            ObjectNode byAnalyzer = root.putObject("latencyMsByAnalyzer");
            perAnalyzer.forEach((name, samples) -> byAnalyzer.set(name, latency(samples)
                    .put("share", share(samples)).put("tokensPerSecondAlone", tokensPerSecondAlone(samples))
                    .put("allocatedBytesPerToken", allocatedBytesPerToken(name))));
            if (scaling() != null) {
                ObjectNode scaling = root.putObject("scaling");
                scaling.put("oneThreadTokensPerSecond", oneThreadTokensPerSecond);
                scaling.put("factor", scaling());
            }
            root.put("peakHeapBytes", peakHeapBytes);
            if (reading != null) {
                ObjectNode read = latency(reading.samples());
                read.put("format", reading.format().cliName());
                read.put("pages", reading.samples().size());
                read.put("pagesPerSecondOneThread", reading.pagesPerSecond());
                read.put("pagesPerCpuSecond", reading.pagesPerCpuSecond());
                root.set("reading", read);
            }
            return root;
        }

        /** This analyzer's part of all analyzer time: what it adds to the pipeline. */
        double share(Samples s) {
            long all = perAnalyzer.values().stream().mapToLong(Samples::total).sum();
            return all == 0 ? 0 : (double) s.total() / all;
        }

        /** Bytes of heap this analyzer allocated per token analysed, or -1 when unknown. */
        double allocatedBytesPerToken(String analyzer) {
            Long bytes = allocatedBytes.get(analyzer);
            return bytes == null || tokens == 0 ? -1 : (double) bytes / tokens;
        }

        /** This run's tokens/s against one thread's in the same run, or null when only one thread ran. */
        Double scaling() {
            return oneThreadTokensPerSecond == null || oneThreadTokensPerSecond == 0 ? null
                    : tokens / seconds() / oneThreadTokensPerSecond;
        }

        /** Tokens per second of this analyzer's own time, as if it ran alone on one thread. */
        double tokensPerSecondAlone(Samples s) {
            return s.total() == 0 ? 0 : tokens / (s.total() / 1e9);
        }

        private static ObjectNode latency(Samples s) {
            ObjectNode node = LedeJson.mapper().createObjectNode();
            node.put("p50", s.percentile(50) / 1e6);
            node.put("p99", s.percentile(99) / 1e6);
            return node;
        }

        void print(PrintStream out) {
            Runtime rt = Runtime.getRuntime();
            out.printf(Locale.ROOT, "machine     %d cores, max heap %.0f MB, Java %s (%s), %s %s%n",
                    rt.availableProcessors(), rt.maxMemory() / 1e6, System.getProperty("java.version"),
                    System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"));
            out.printf(Locale.ROOT, "input       %d documents, %,d chars (%s)%n", inputDocuments, inputChars,
                    String.join(" ", inputs));
            out.printf(Locale.ROOT, "analyzers   %s on %d threads%n", String.join(", ", analyzers), threads);
            out.printf(Locale.ROOT, "measured    %,d documents in %.1f s (%d with errors)%n", documents, seconds(),
                    documentsWithErrors);
            out.printf(Locale.ROOT, "throughput  %,.1f documents/s, %,.0f tokens/s, %.2f MB/s%n",
                    documents / seconds(), tokens / seconds(), bytes / 1e6 / seconds());
            out.printf(Locale.ROOT, "latency     per document p50 %.3f ms, p99 %.3f ms%n",
                    perDocument.percentile(50) / 1e6, perDocument.percentile(99) / 1e6);
            if (scaling() != null) {
                out.printf(Locale.ROOT, "scaling     %.2fx the %,.0f tokens/s of one thread measured in this run%n",
                        scaling(), oneThreadTokensPerSecond);
            }
            perAnalyzer.forEach((name, s) -> out.printf(Locale.ROOT,
                    "  %-9s p50 %.3f ms, p99 %.3f ms, %4.1f%% of analyzer time, %,.0f tokens/s of its own time, "
                            + "%,.0f bytes allocated per token%n",
                    name, s.percentile(50) / 1e6, s.percentile(99) / 1e6, 100 * share(s), tokensPerSecondAlone(s),
                    allocatedBytesPerToken(name)));
            if (reading != null) {
                out.printf(Locale.ROOT, "reading     %s: p50 %.3f ms, p99 %.3f ms per page, %,.1f pages/s on one thread "
                                + "(decode, main text, metadata; %,.1f pages per CPU second)%n", reading.format().cliName(),
                        reading.samples().percentile(50) / 1e6, reading.samples().percentile(99) / 1e6,
                        reading.pagesPerSecond(), reading.pagesPerCpuSecond());
            }
            out.printf(Locale.ROOT, "peak heap   %.1f MB%n", peakHeapBytes / 1e6);
        }
    }
}
