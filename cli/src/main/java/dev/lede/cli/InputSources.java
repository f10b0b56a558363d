package dev.lede.cli;

import dev.lede.input.DocumentReader;
import dev.lede.input.InputFormat;
import dev.lede.pipeline.DocumentInput;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * What a command reads: files named on the command line, the readable files under named directories (walked
 * recursively, sorted, by known extension), or standard input ({@code -} or nothing named).
 */
final class InputSources {
    static final String STDIN = "-";

    private final List<Path> files;
    private final boolean stdin;

    private InputSources(List<Path> files, boolean stdin) {
        this.files = List.copyOf(files);
        this.stdin = stdin;
    }

    /**
     * @throws UsageException when a named path does not exist, or {@code -} is named more than once
     */
    static InputSources of(List<String> args) {
        if (args == null || args.isEmpty()) {
            return new InputSources(List.of(), true);
        }
        List<Path> files = new ArrayList<>();
        boolean stdin = false;
        for (String arg : args) {
            if (arg.equals(STDIN)) {
                if (stdin) {
                    throw new UsageException("standard input ('-') can be read only once");
                }
                stdin = true;
                continue;
            }
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                files.addAll(walk(path));
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new UsageException("no such file or directory: " + arg);
            }
        }
        if (stdin && !files.isEmpty()) {
            throw new UsageException("read either standard input ('-') or files, not both");
        }
        return new InputSources(files, stdin);
    }

    // Only files whose extension names a known format: a directory of articles often holds other files too.
    private static List<Path> walk(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> InputFormat.fromFileName(p.getFileName().toString()) != null)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    List<Path> files() {
        return files;
    }

    boolean stdin() {
        return stdin;
    }

    /** Total size of the files (0 for standard input), for progress estimates. */
    long totalBytes() {
        long total = 0;
        for (Path f : files) {
            try {
                total += Files.size(f);
            } catch (IOException e) {
                // the reader reports the file as a failed input; the estimate just leaves it out
            }
        }
        return total;
    }

    /**
     * Every document of every source, lazily, in order.
     *
     * @param format the format for every input, or null to choose by file extension (plain text for stdin)
     * @param read   counts the bytes of the files read so far (against {@link #totalBytes()})
     */
    Iterator<DocumentInput> documents(DocumentReader reader, InputFormat format, InputStream in,
                                      CountingInputStream.Total read) {
        if (stdin) {
            return reader.read(in, "stdin", format == null ? InputFormat.TEXT : format);
        }
        Iterator<Path> paths = files.iterator();
        return new Iterator<>() {
            private Iterator<DocumentInput> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && paths.hasNext()) {
                    current = open(reader, paths.next(), format, read);
                }
                return current.hasNext();
            }

            @Override
            public DocumentInput next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    // Reads through a counting stream so progress knows how far into a large JSON Lines file or web archive it is.
    // Those are streamed and the reader closes the stream at their end; other formats are read whole here.
    private static Iterator<DocumentInput> open(DocumentReader reader, Path file, InputFormat format,
                                                CountingInputStream.Total read) {
        String name = file.getFileName().toString();
        InputFormat resolved = InputFormat.orFromFileName(format, name);
        InputStream in;
        try {
            in = new CountingInputStream(Files.newInputStream(file), read);
        } catch (IOException | SecurityException e) {
            return reader.read(file, format); // the reader words the failure (no such file, permission denied)
        }
        if (resolved.streamed()) {
            return reader.read(in, name, resolved);
        }
        try (in) {
            return reader.read(in, name, resolved);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }
}
