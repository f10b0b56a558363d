package dev.lede.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long batch on stderr: documents done, rate and, when the share of input read is known, an ETA.
 * Silent for the first few seconds; on a terminal the line redraws in place, otherwise (forced with
 * {@code --progress}) a line is printed every few seconds. At the end one last line gives the totals, so a log
 * of a batch always says how many documents it did and how fast.
 */
final class Progress {
    private static final long QUIET_NANOS = 3_000_000_000L;
    private static final long TERMINAL_EVERY_NANOS = 500_000_000L;
    private static final long LOG_EVERY_NANOS = 5_000_000_000L;

    private final PrintStream err;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long start;
    private long lastPrint;
    private long documents;
    private long chars;

    /**
     * @param err      where to print
     * @param terminal redraw one line in place (a person watches) rather than print a line now and then
     * @param clock    nanoseconds, {@link System#nanoTime()} outside tests
     */
    Progress(PrintStream err, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /**
     * One document done.
     *
     * @param textChars the document's length in chars
     * @param fraction  the share of the input read so far in [0, 1], or a negative number when unknown
     */
    void documentDone(long textChars, double fraction) {
        documents++;
        chars += textChars;
        long now = clock.getAsLong();
        long elapsed = now - start;
        if (elapsed < QUIET_NANOS || now - lastPrint < (terminal ? TERMINAL_EVERY_NANOS : LOG_EVERY_NANOS)) {
            return;
        }
        lastPrint = now;
        String line = line(elapsed, fraction);
        if (terminal) {
            err.print("\r" + line + "\u001b[K");
        } else {
            err.println(line);
        }
        err.flush();
    }

    String line(long elapsedNanos, double fraction) {
        double seconds = elapsedNanos / 1e9;
        String line = String.format(Locale.ROOT, "%,d documents, %.1f docs/s, %.2f M chars/s, %s elapsed",
                documents, documents / seconds, chars / 1e6 / seconds, clockTime(seconds));
        if (fraction > 0 && fraction <= 1) {
            double remaining = seconds / fraction - seconds;
            line += String.format(Locale.ROOT, ", %.0f%%, ETA %s", fraction * 100, clockTime(remaining));
        }
        return line;
    }

    /** Prints the totals, over the progress line on a terminal, so what follows starts on a fresh line. */
    void finish() {
        if (documents == 0) {
            return;
        }
        String line = line(Math.max(1, clock.getAsLong() - start), -1) + " (done)";
        err.println(terminal ? "\r" + line + "\u001b[K" : line);
        err.flush();
    }

    static String clockTime(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
