package dev.lede.testkit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.lede.analyzer.Analyzer;
import dev.lede.analyzer.AnalyzerConfig;
import dev.lede.analyzer.AnalyzerContext;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.analyzer.OptionSpec;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.document.LayerKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The contract every analyzer plugin must keep, as a test to extend. In your plugin's test sources:
 *
 * <pre>{@code
 * class SentimentContractTest extends AnalyzerContractTest {
 *     @Override protected AnalyzerProvider provider() { return new SentimentProvider(); }
 * }
 * }</pre>
 * with {@code dev.lede:lede-testkit} as a test dependency. It checks:
 * <ul>
 *   <li>the name, the declared layers (none reserved, none both required and provided) and options (defaults valid);
 *   <li>that the analyzer starts with an empty configuration;
 *   <li>that on each of {@link #sampleTexts()} it writes every layer it declares (an empty list is a layer; a layer
 *       never written reads as "this analyzer did not run") and no other, with every {@code start}/{@code end} inside
 *       the text, {@code start <= end}, and neither splitting a surrogate pair;
 *   <li>that it copes, without throwing and with valid offsets, with random text on several threads at once: random
 *       Unicode, emoji, combining marks, lone surrogates, the empty text, one 100,000-token sentence and a megabyte
 *       of digits;
 *   <li>that two threads sharing it get the same output;
 *   <li>that once cancelled it stops within a second of CPU time (it calls
 *       {@link dev.lede.analyzer.Cancellation#check()} in its long loops, so an over-budget document lets go of its
 *       thread);
 *   <li>that its cost grows no faster than the text: a text four times longer may take at most
 *       {@link #maxGrowthFactor()} times as long (best of several runs; a ratio, not a time limit).
 * </ul>
 * The layers it requires are made by the analyzers on the test class path that provide them (found with
 * {@link java.util.ServiceLoader}); the built-in text analyzer comes with the kit.
 */
public abstract class AnalyzerContractTest {
    /** How long the analyzer runs on {@link #longText()} before it is cancelled. */
    private static final long CANCEL_AFTER_MILLIS = 300;
    // Plain Jackson, as Lede writes the layers: records as objects, absent values left out.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    /** The provider under test. */
    protected abstract AnalyzerProvider provider();

    /** The configuration to create the analyzer with; empty by default (an analyzer must start without options). */
    protected AnalyzerConfig config() {
        return AnalyzerConfig.EMPTY;
    }

    /**
     * Texts the analyzer must handle, writing every declared layer on each; override to add texts from your
     * domain. They are also repeated to make the long texts of the growth check.
     */
    protected List<String> sampleTexts() {
        return List.of(TestDocuments.NEWS_PARAGRAPH, "Short one.", "  \n\n  ");
    }

    /** Seed of the random texts; change it to explore, and note the one a failure names to repeat it. */
    protected long randomSeed() {
        return 20_251_207L;
    }

    /**
     * How much longer a text four times as long may take: 4 for linear cost, 16 for quadratic. Generous by default,
     * since timings on a shared machine are noisy.
     */
    protected double maxGrowthFactor() {
        return 10.0;
    }

    /** The context the analyzer is created with: {@link #config()} and shared resources kept for the test JVM. */
    protected AnalyzerContext context(AnalyzerConfig config) {
        return new TestContext(config);
    }

    @Test
    void nameIsValid() {
        String name = provider().name();
        assertNotNull(name, "name()");
        assertTrue(name.matches("[a-z][a-z0-9-]*"), () -> "name '" + name + "' must match [a-z][a-z0-9-]*");
    }

    @Test
    void declaresWhatItProvides() {
        AnalyzerProvider p = provider();
        assertNotNull(p.requires(), "requires() must not be null (use Set.of())");
        assertNotNull(p.provides(), "provides() must not be null");
        assertFalse(p.provides().isEmpty(), "provides() must name at least one layer");
        Set<LayerKey<?>> both = new HashSet<>(p.provides());
        both.retainAll(p.requires());
        assertTrue(both.isEmpty(), () -> "a layer cannot be both required and provided: " + both);
        for (LayerKey<?> layer : p.provides()) {
            assertFalse(layer.reserved(), () -> "layer name '" + layer + "' is reserved for the JSON record's own "
                    + "fields " + LayerKey.RESERVED_NAMES);
        }
        assertNotNull(p.description(), "description() must not be null");
    }

    @Test
    void declaresSoundOptions() {
        List<OptionSpec> options = provider().options();
        assertNotNull(options, "options() must not be null (use List.of())");
        Set<String> names = new HashSet<>();
        for (OptionSpec o : options) {
            assertTrue(names.add(o.name()), () -> "option '" + o.name() + "' is declared twice");
            assertFalse(o.description().isBlank(), () -> "option '" + o.name() + "' needs a description");
        }
    }

    @Test
    void createsWithAnEmptyConfiguration() throws Exception {
        assertNotNull(provider().create(context(AnalyzerConfig.EMPTY)), "create() returned null");
    }

    @Test
    void analysesAnEmptyDocumentWritingOnlyDeclaredLayers() throws Exception {
        Analyzer analyzer = provider().create(context(config()));
        checkRun(analyzer, "", false);
    }

    @Test
    void writesEveryDeclaredLayerOnTheSampleTextsWithOffsetsInsideTheText() throws Exception {
        Analyzer analyzer = provider().create(context(config()));
        for (String text : sampleTexts()) {
            checkRun(analyzer, text, true);
        }
    }

    @Test
    @Timeout(300)
    void copesWithRandomTextOnSeveralThreads() throws Exception {
        Analyzer analyzer = provider().create(context(config()));
        List<String> texts = new ArrayList<>(RandomTexts.mixed(randomSeed(), 60));
        texts.add(RandomTexts.oneLongSentence(100_000));
        texts.add(RandomTexts.digits(1 << 20));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                String what = describe(text, i);
                runs.add(pool.submit(() -> {
                    try {
                        checkRun(analyzer, text, false);
                    } catch (AssertionError | Exception e) {
                        throw new AssertionError(what + " (seed " + randomSeed() + "): " + e, e);
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                try {
                    run.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof AssertionError a ? a : new AssertionError(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Timeout(120)
    void twoThreadsSharingTheAnalyzerGetTheSameOutput() throws Exception {
        Analyzer analyzer = provider().create(context(config()));
        String text = TestDocuments.NEWS_PARAGRAPH;
        String expected = outputJson(analyzer, text);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            Callable<List<String>> task = () -> {
                List<String> outs = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    outs.add(outputJson(analyzer, text));
                }
                return outs;
            };
            runs.add(pool.submit(task));
            runs.add(pool.submit(task));
            for (Future<List<String>> run : runs) {
                for (String out : run.get()) {
                    assertEquals(expected, out, "output differs when two threads share one analyzer");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A long text for the cancellation check: long enough that the analyzer is still at work when it is cancelled.
     * Override with a text from your domain if the default is quick for your analyzer.
     */
    protected String longText() {
        return TestDocuments.longArticle(40_000);
    }

    @Test
    @Timeout(300)
    void stopsWithinASecondOfCpuOnceCancelled() throws Exception {
        Analyzer analyzer = provider().create(context(config()));
        AnnotatedDocument doc = prepared(longText());
        AnnotatedDocument scratch = doc.scratch(provider().provides());
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        AtomicLong cpuAtEnd = new AtomicLong(-1);
        Thread worker = new Thread(() -> {
            try {
                analyzer.analyze(scratch);
            } catch (Exception e) {
                // cancelled (or failed): either way the analyzer has let go of the thread
            } finally {
                cpuAtEnd.set(cpu.getCurrentThreadCpuTime());
            }
        }, "contract-cancellation");
        worker.setDaemon(true);
        worker.start();
        worker.join(CANCEL_AFTER_MILLIS);
        long atCancel = cpu.getThreadCpuTime(worker.getId());
        worker.interrupt();
        worker.join(TimeUnit.SECONDS.toMillis(60));
        if (worker.isAlive()) {
            fail("the analyzer ignored the cancellation for 60 s; call dev.lede.analyzer.Cancellation.check() in its "
                    + "loops. It is at:\n  " + Arrays.stream(worker.getStackTrace()).limit(10).map(String::valueOf)
                    .collect(Collectors.joining("\n  ")));
        }
        if (atCancel < 0) {
            return; // finished before it could be cancelled: nothing to stop
        }
        long after = cpuAtEnd.get() - atCancel;
        assertTrue(after < TimeUnit.SECONDS.toNanos(1), () -> "the analyzer used "
                + TimeUnit.NANOSECONDS.toMillis(after) + " ms of CPU after it was cancelled");
    }

    @Test
    @Timeout(300)
    void costGrowsNoFasterThanTheText() throws Exception {
        Analyzer analyzer = provider().create(context(config()));
        GrowthCheck.Result r = new GrowthCheck(text -> {
            AnnotatedDocument doc = prepared(text);
            return () -> analyzer.analyze(doc.scratch(provider().provides()));
        }).measure(String.join("\n\n", sampleTexts()));
        assertTrue(r.ratio() <= maxGrowthFactor(), () -> "a text 4 times longer (" + r.longChars()
                + " chars) took " + String.format("%.1f", r.ratio()) + " times as long as " + r.shortChars()
                + " chars (" + r.shortNanos() / 1_000_000 + " ms -> " + r.longNanos() / 1_000_000
                + " ms, best of " + GrowthCheck.RUNS + "); allowed: " + maxGrowthFactor()
                + ". Look for work per token that grows with the document (a scan of every earlier mention...).");
    }

    /** Runs the analyzer on a document holding the layers it requires; returns the layers it wrote. */
    protected final Map<LayerKey<?>, List<?>> run(Analyzer analyzer, String text) throws Exception {
        AnnotatedDocument scratch = prepared(text).scratch(provider().provides());
        try {
            analyzer.analyze(scratch);
        } catch (IllegalStateException e) {
            if (e.getMessage() != null && e.getMessage().contains("not among the declared provided layers")) {
                fail("the analyzer wrote a layer it does not declare in provides(): " + e.getMessage());
            }
            throw e;
        }
        Map<LayerKey<?>, List<?>> written = new LinkedHashMap<>(scratch.layers());
        written.keySet().retainAll(provider().provides());
        return written;
    }

    private void checkRun(Analyzer analyzer, String text, boolean everyLayer) throws Exception {
        Map<LayerKey<?>, List<?>> written = run(analyzer, text);
        if (everyLayer) {
            for (LayerKey<?> layer : provider().provides()) {
                assertTrue(written.containsKey(layer), () -> "declared layer '" + layer + "' was not written on "
                        + describe(text, -1) + "; put an empty list when there is nothing to report");
            }
        }
        for (Map.Entry<LayerKey<?>, List<?>> layer : written.entrySet()) {
            Offsets.check(JSON.valueToTree(layer.getValue()), text, layer.getKey().name());
        }
    }

    private String outputJson(Analyzer analyzer, String text) throws Exception {
        return JSON.writeValueAsString(run(analyzer, text));
    }

    // A document with every layer the provider requires, made by the installed analyzers that provide them.
    private AnnotatedDocument prepared(String text) throws Exception {
        AnnotatedDocument doc = new AnnotatedDocument(Document.of("contract-test", text));
        InstalledAnalyzers.get().prepare(doc, provider().requires());
        return doc;
    }

    private static String describe(String text, int index) {
        String head = text.length() <= 40 ? text : text.substring(0, 40) + "...";
        return (index >= 0 ? "random text " + index + " " : "the text ") + "of " + text.length() + " chars \""
                + head.replace("\n", "\\n") + "\"";
    }

    /** Offsets anywhere in a layer's JSON: every object with numeric start and end, at any depth. */
    static final class Offsets {
        private Offsets() {
        }

        static void check(JsonNode node, String text, String where) {
            if (node.isObject()) {
                JsonNode s = node.get("start");
                JsonNode e = node.get("end");
                if (s != null && e != null && s.isNumber() && e.isNumber()) {
                    int start = s.asInt();
                    int end = e.asInt();
                    assertTrue(0 <= start && start <= end && end <= text.length(), () -> where + ": span [" + start
                            + ", " + end + ") is not inside the text of length " + text.length() + ": " + node);
                    assertTrue(onBoundary(text, start) && onBoundary(text, end), () -> where + ": span [" + start
                            + ", " + end + ") splits a surrogate pair: " + node);
                }
                node.fields().forEachRemaining(f -> check(f.getValue(), text, where + "." + f.getKey()));
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    check(node.get(i), text, where + "[" + i + "]");
                }
            }
        }

        private static boolean onBoundary(String text, int i) {
            return i <= 0 || i >= text.length()
                    || !(Character.isHighSurrogate(text.charAt(i - 1)) && Character.isLowSurrogate(text.charAt(i)));
        }
    }
}
