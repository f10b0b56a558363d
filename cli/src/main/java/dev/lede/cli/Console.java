package dev.lede.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The streams a command reads and writes, so tests can run commands in-process with captured output.
 *
 * @param errIsTerminal whether a person watches stderr (then long batches show progress)
 */
public record Console(InputStream in, PrintStream out, PrintStream err, boolean errIsTerminal) {

    /** The process streams; the launcher script says whether stderr is a terminal (Java 17 cannot tell). */
    public static Console system() {
        return new Console(System.in, System.out, System.err, "1".equals(System.getenv("LEDE_STDERR_TTY")));
    }
}
