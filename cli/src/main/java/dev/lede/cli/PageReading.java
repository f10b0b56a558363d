package dev.lede.cli;

import dev.lede.document.Document;
import dev.lede.input.DocumentReader;
import dev.lede.input.InputFormat;
import dev.lede.input.ReaderOptions;
import dev.lede.pipeline.DocumentInput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * For {@code lede bench --input-format html}: the raw bytes of each page, read again each time
 * the benchmark hands a document to the pipeline, with the time each reading takes. Reading happens on the
 * thread that feeds the pipeline, so the figure is the speed of one thread.
 */
final class PageReading {
    private final InputFormat format;
    private final List<byte[]> raw;
    private final List<String> names;
    private final List<Document> documents;
    private final DocumentReader reader = new DocumentReader(ReaderOptions.DEFAULT);
    private Samples samples = new Samples();
    /** CPU time of the reading thread: on a shared machine, wall time also counts the waits for a core. */
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long cpuNanos;

    private PageReading(InputFormat format, List<byte[]> raw, List<String> names, List<Document> documents) {
        this.format = format;
        this.raw = raw;
        this.names = names;
        this.documents = documents;
    }

    /** Reads every file once, keeping the files that yield a document; a usage error when none does. */
    static PageReading load(List<Path> files, InputFormat format) {
        List<byte[]> raw = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        DocumentReader reader = new DocumentReader(ReaderOptions.DEFAULT);
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            String name = file.getFileName().toString();
            DocumentInput first = reader.readBytes(bytes, name, format).stream().filter(DocumentInput::ok)
                    .findFirst().orElse(null);
            if (first != null) {
                raw.add(bytes);
                names.add(name);
                documents.add(first.document());
            }
        }
        if (documents.isEmpty()) {
            throw new UsageException("no readable " + format.cliName() + " page in " + files);
        }
        return new PageReading(format, raw, names, documents);
    }

    /** The first document of each input, as read once before measuring. */
    List<Document> documents() {
        return documents;
    }

    /** Reads input {@code i} again, timed; its first document (a failure only if it no longer reads). */
    DocumentInput read(int i) {
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        List<DocumentInput> read = reader.readBytes(raw.get(i), names.get(i), format);
        cpuNanos += threads.getCurrentThreadCpuTime() - cpuStart;
        samples.add(System.nanoTime() - start);
        return read.isEmpty() ? DocumentInput.failed(names.get(i), "no document") : read.get(0);
    }

    /** Forgets the timings so far (those of the warm-up). */
    void reset() {
        samples = new Samples();
        cpuNanos = 0;
    }

    Samples samples() {
        return samples;
    }

    InputFormat format() {
        return format;
    }

    /** Pages per second of the reading thread's CPU time (0 where the JVM cannot measure it). */
    double pagesPerCpuSecond() {
        return cpuNanos <= 0 ? 0 : samples.size() / (cpuNanos / 1e9);
    }

    /** Pages per second of reading time alone. */
    double pagesPerSecond() {
        long total = samples.total();
        return total == 0 ? 0 : samples.size() / (total / 1e9);
    }
}
