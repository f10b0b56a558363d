package dev.lede.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Where {@code extract} writes. Standard output stays open for whoever runs us. A JSON Lines file is written in
 * place (appended to on {@code --resume}): every complete line is a finished record, so a killed run can be
 * resumed. A JSON file is one array, unparseable until its last bracket, so it is written under a temporary name
 * beside the target and renamed when complete: a killed run never leaves half a file under the final name.
 */
final class OutputTarget implements AutoCloseable {
    private final OutputStream stream;
    private final Path temporary;
    private final Path target;
    private boolean completed;

    private OutputTarget(OutputStream stream, Path temporary, Path target) {
        this.stream = stream;
        this.temporary = temporary;
        this.target = target;
    }

    static OutputTarget standardOutput(PrintStream out) {
        return new OutputTarget(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, null, null);
    }

    /** A file written in place, from its start or, with {@code append}, after what it holds. */
    static OutputTarget inPlace(Path file, boolean append) throws IOException {
        OutputStream out = append
                ? Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)
                : Files.newOutputStream(file);
        return new OutputTarget(new BufferedOutputStream(out), null, file);
    }

    /** A file written under a temporary name in the same directory and renamed to {@code file} by {@link #complete()}. */
    static OutputTarget renamedWhenComplete(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".partial");
        return new OutputTarget(new BufferedOutputStream(Files.newOutputStream(tmp)), tmp, file);
    }

    OutputStream stream() {
        return stream;
    }

    /** Flushes and closes; a temporary file takes its final name. */
    void complete() throws IOException {
        stream.close();
        completed = true;
        if (temporary != null) {
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Without {@link #complete()}: closes and removes a temporary file (the run failed; the target is untouched). */
    @Override
    public void close() throws IOException {
        if (completed) {
            return;
        }
        try {
            stream.close();
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
