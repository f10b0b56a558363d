package dev.lede.testkit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Measures how an analyzer's cost grows with the text: the best of a few runs on a text, then on one four times
 * longer. The short text is made long enough to take a measurable time first, so that the ratio is not noise; an
 * analyzer that stays below that time on about a megabyte is cheap enough not to be measured further.
 */
final class GrowthCheck {
    static final int RUNS = 5;
    private static final long MIN_NANOS = 30_000_000L;     // the short text should take 30 ms at least
    private static final int MAX_CHARS = 2_000_000;        // ...unless it is already this long
    private static final long WARM_UP_NANOS = 2_000_000_000L;
    private static final int RETRIES = 2;

    /** Makes the document for a text and returns one run of the analyzer over it. */
    interface Runner {
        Run prepare(String text) throws Exception;
    }

    /** One analysis of a prepared document. */
    interface Run {
        void run() throws Exception;
    }

    record Result(int shortChars, long shortNanos, int longChars, long longNanos) {
        static Result negligible(int chars, long nanos) {
            return new Result(chars, nanos, 0, 0);
        }

        /** Long text time over short text time; 0 when the cost was too small to measure. */
        double ratio() {
            return longChars == 0 ? 0 : (double) longNanos / Math.max(1, shortNanos);
        }
    }

    // CPU time of the measuring thread, not wall time: on a busy machine (CI beside other jobs) wall time counts the
    // waits for a core, which made the ratio swing by 2x between runs; the analyzer runs on this thread.
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Runner runner;

    GrowthCheck(Runner runner) {
        this.runner = runner;
    }

    Result measure(String unit) throws Exception {
        String base = unit.isBlank() ? TestDocuments.NEWS_PARAGRAPH : unit;
        // warm-up first (class loading and the JIT would count against whichever text runs first), long enough for
        // the JIT to compile the hot paths
        long warmUntil = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < warmUntil) {
            best(base);
        }
        String text = base;
        long nanos = best(text);
        while (nanos < MIN_NANOS && text.length() * 2 <= MAX_CHARS) {
            text = text + "\n\n" + text;
            nanos = best(text);
        }
        if (nanos < MIN_NANOS) {
            // About a megabyte in under MIN_NANOS: too cheap for a time ratio to mean anything (memory effects
            // dominate), and work that grew with the square of the text would take seconds here.
            return Result.negligible(text.length(), nanos);
        }
        String longer = String.join("\n\n", text, text, text, text);
        best(longer);
        // the best time of each text over all rounds: a pause of the JVM or the machine in one run is not the
        // analyzer's cost, and taking each text's own best cannot hide a pause in the other's
        // The short text runs four times per sample, so that both samples allocate as much and meet the same
        // garbage collections; its time is the sample's quarter.
        long shortBest = best(text, 4);
        long longBest = best(longer, 1);
        for (int round = 0; round < RETRIES; round++) {
            shortBest = Math.min(shortBest, best(text, 4));
            longBest = Math.min(longBest, best(longer, 1));
        }
        return new Result(text.length(), shortBest, longer.length(), longBest);
    }

    private long best(String text) throws Exception {
        return best(text, 1);
    }

    // The best of RUNS samples of 'reps' back-to-back runs, per run.
    private long best(String text, int reps) throws Exception {
        Run run = runner.prepare(text);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long t0 = cpuNanos();
            for (int r = 0; r < reps; r++) {
                run.run();
            }
            best = Math.min(best, (cpuNanos() - t0) / reps);
        }
        return best;
    }

    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
