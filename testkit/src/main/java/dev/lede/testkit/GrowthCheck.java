package dev.lede.testkit;

/**
 * Measures how an analyzer's cost grows with the text: the best of a few runs on a text, then on one four times
 * longer. The short text is made long enough to take a measurable time first, so that the ratio is not noise.
 */
final class GrowthCheck {
    static final int RUNS = 5;
    private static final long MIN_NANOS = 20_000_000L;     // the short text should take 20 ms at least
    private static final int MAX_CHARS = 400_000;          // ...unless it is already this long

    /** Makes the document for a text and returns one run of the analyzer over it. */
    interface Runner {
        Run prepare(String text) throws Exception;
    }

    /** One analysis of a prepared document. */
    interface Run {
        void run() throws Exception;
    }

    record Result(int shortChars, long shortNanos, int longChars, long longNanos) {
        double ratio() {
            return (double) longNanos / Math.max(1, shortNanos);
        }
    }

    private final Runner runner;

    GrowthCheck(Runner runner) {
        this.runner = runner;
    }

    Result measure(String unit) throws Exception {
        String base = unit.isBlank() ? TestDocuments.NEWS_PARAGRAPH : unit;
        String text = base;
        best(text); // warm-up: class loading and the JIT would otherwise count against the short text
        long nanos = best(text);
        while (nanos < MIN_NANOS && text.length() * 2 <= MAX_CHARS) {
            text = text + "\n\n" + text;
            nanos = best(text);
        }
        String longer = String.join("\n\n", text, text, text, text);
        best(longer);
        return new Result(text.length(), best(text), longer.length(), best(longer));
    }

    private long best(String text) throws Exception {
        Run run = runner.prepare(text);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            run.run();
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }
}
