package dev.lede.pipeline;

import java.io.PrintStream;

/**
 * Errors after which the JVM cannot be trusted: out of memory and the other {@link VirtualMachineError}s except a
 * stack overflow (which unwinds cleanly and stays one document's error). Such an error must not be reported as one
 * document's failure while the process carries on in an unknown state (half-built caches, threads that died
 * mid-update): the process ends at once with a message that says what happened and what to change.
 */
public final class FatalErrors {
    /** Exit status of a process stopped by a fatal error. */
    public static final int EXIT_STATUS = 3;

    private FatalErrors() {
    }

    /** Whether {@code e} leaves the JVM in an unknown state. */
    public static boolean isFatal(Throwable e) {
        return e instanceof VirtualMachineError && !(e instanceof StackOverflowError);
    }

    /**
     * Ends the process when {@code e} is fatal; returns otherwise. {@link Runtime#halt} rather than {@code exit}:
     * shutdown hooks (a graceful HTTP stop, renaming a finished output file) must not run on a broken heap, and a
     * half-written output must stay recognisably unfinished.
     *
     * @param where what was running, e.g. "analyzer 'entity' on document 'a17'"
     */
    public static void haltIfFatal(Throwable e, String where) {
        if (!isFatal(e)) {
            return;
        }
        PrintStream err = System.err;
        err.println("lede: fatal: " + e.getClass().getName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")")
                + " in " + where + "; the process stops because its state is unknown. "
                + (e instanceof OutOfMemoryError ? "Give the JVM more heap (LEDE_JAVA_OPTS=-Xmx...) or lower the input "
                + "limits (--max-bytes, --max-tokens, --max-sentence-tokens)." : ""));
        err.flush();
        Runtime.getRuntime().halt(EXIT_STATUS);
    }
}
