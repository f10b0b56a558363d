package dev.lede.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.lede.analyzer.Analyzer;
import dev.lede.analyzer.AnalyzerConfig;
import dev.lede.analyzer.AnalyzerContext;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.analyzer.AnalyzerRegistry;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.document.LayerKey;
import dev.lede.json.LedeJson;
import dev.lede.pipeline.AnalyzerPlan;
import dev.lede.pipeline.LedeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
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
 * with {@code lede-testkit} as a test dependency. It checks the name, the
 * declared layers, that the analyzer starts with an empty configuration, that it copes with an empty document and
 * with a small news paragraph (plus {@link #sampleTexts()}) without throwing, writes only the layers it declares,
 * keeps every {@code start}/{@code end} inside the text with start <= end, gives the same output when two
 * threads share it, and stops within a second of CPU time once cancelled (it must call
 * {@link dev.lede.analyzer.Cancellation#check()} in its long loops). The layers it requires are made by the installed analyzers that provide them (found with
 * {@link java.util.ServiceLoader}, so they must be on the test class path).
 */
public abstract class AnalyzerContractTest {
    /** How long the analyzer runs on {@link #longText()} before it is cancelled. */
    private static final long CANCEL_AFTER_MILLIS = 300;

    /** The provider under test. */
    protected abstract AnalyzerProvider provider();

    /** The configuration to create the analyzer with; empty by default (an analyzer must start without options). */
    protected AnalyzerConfig config() {
        return AnalyzerConfig.EMPTY;
    }

    /** Texts the analyzer is run on besides the empty text; override to add cases from your domain. */
    protected List<String> sampleTexts() {
        return List.of(TestDocuments.NEWS_PARAGRAPH, "Short one.", "  \n\n  ");
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
        assertNotNull(p.description(), "description() must not be null");
    }

    @Test
    void createsWithAnEmptyConfiguration() throws Exception {
        assertNotNull(provider().create(context(AnalyzerConfig.EMPTY)), "create() returned null");
    }

    @Test
    void analysesAnEmptyDocumentWritingOnlyDeclaredLayers() throws Exception {
        Analyzer analyzer = provider().create(context(config()));
        checkRun(analyzer, "");
    }

    @Test
    void analysesSampleTextsWritingOnlyDeclaredLayersWithOffsetsInsideTheText() throws Exception {
        Analyzer analyzer = provider().create(context(config()));
        for (String text : sampleTexts()) {
            checkRun(analyzer, text);
        }
    }

    @Test
    @Timeout(60)
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

    /** Runs the analyzer on a document holding the layers it requires; returns the layers it added. */
    protected final Map<LayerKey<?>, List<?>> run(Analyzer analyzer, String text) throws Exception {
        AnnotatedDocument doc = prepared(text);
        Set<LayerKey<?>> before = new HashSet<>(doc.layers().keySet());
        AnnotatedDocument scratch = doc.scratch(provider().provides());
        try {
            analyzer.analyze(scratch);
        } catch (IllegalStateException e) {
            if (e.getMessage() != null && e.getMessage().contains("not among the declared provided layers")) {
                fail("the analyzer wrote a layer it does not declare in provides(): " + e.getMessage());
            }
            throw e;
        }
        Map<LayerKey<?>, List<?>> added = new java.util.LinkedHashMap<>(scratch.layers());
        added.keySet().removeIf(k -> before.contains(k) && !provider().provides().contains(k));
        return added;
    }

    private void checkRun(Analyzer analyzer, String text) throws Exception {
        Map<LayerKey<?>, List<?>> added = run(analyzer, text);
        for (Map.Entry<LayerKey<?>, List<?>> layer : added.entrySet()) {
            assertTrue(provider().provides().contains(layer.getKey()),
                    () -> "wrote undeclared layer '" + layer.getKey() + "'");
            JsonNode json = LedeJson.mapper().valueToTree(layer.getValue());
            checkOffsets(json, text, layer.getKey().name());
        }
    }

    // Every object with numeric start/end, at any depth (mentions, speakers, parts), must lie inside the text.
    private static void checkOffsets(JsonNode node, String text, String where) {
        if (node.isObject()) {
            JsonNode s = node.get("start");
            JsonNode e = node.get("end");
            if (s != null && e != null && s.isNumber() && e.isNumber()) {
                int start = s.asInt();
                int end = e.asInt();
                assertTrue(0 <= start && start <= end && end <= text.length(), () -> where + ": span [" + start
                        + ", " + end + ") is not inside the text of length " + text.length() + ": " + node);
            }
            node.fields().forEachRemaining(f -> checkOffsets(f.getValue(), text, where + "." + f.getKey()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkOffsets(node.get(i), text, where + "[" + i + "]");
            }
        }
    }

    private String outputJson(Analyzer analyzer, String text) throws Exception {
        return LedeJson.mapper().writeValueAsString(run(analyzer, text));
    }

    // A document with every layer the provider requires, made by the installed analyzers that provide them.
    private AnnotatedDocument prepared(String text) throws Exception {
        AnnotatedDocument doc = new AnnotatedDocument(Document.of("contract-test", text));
        for (Analyzer prerequisite : prerequisites()) {
            prerequisite.analyze(doc);
        }
        return doc;
    }

    private List<Analyzer> prerequisites() throws Exception {
        Installed installed = Installed.get();
        Set<String> names = new LinkedHashSet<>();
        for (LayerKey<?> layer : provider().requires()) {
            names.add(installed.registry.providerOf(layer).orElseThrow(() -> new AssertionError("layer '" + layer
                    + "' is required but no installed analyzer provides it; installed: "
                    + installed.registry.names())).name());
        }
        List<Analyzer> out = new ArrayList<>();
        if (!names.isEmpty()) {
            // resolving orders them and adds what they require in turn
            for (AnalyzerProvider p : AnalyzerPlan.resolve(installed.registry, List.copyOf(names))) {
                out.add(installed.analyzer(p));
            }
        }
        return out;
    }

    /** The context the analyzer is created with: the configuration and the objects of the plugins' Guice modules. */
    protected AnalyzerContext context(AnalyzerConfig config) {
        Installed installed = Installed.get();
        boolean registered = installed.registry.names().contains(provider().name())
                && installed.registry.get(provider().name()).getClass() == provider().getClass();
        Injector injector = registered || provider().module().isEmpty() ? installed.injector
                : installed.injector.createChildInjector(provider().module().get());
        return new Context(config, injector);
    }

    private record Context(AnalyzerConfig config, Injector injector) implements AnalyzerContext {
        @Override
        public <T> T instance(Class<T> type) {
            return injector.getInstance(type);
        }
    }

    /**
     * The analyzers on the class path and their Guice modules, loaded once per test JVM (a plugin's resources may be
     * heavy), with the prerequisite analyzers created once each.
     */
    private static final class Installed {
        private static Installed instance;
        final AnalyzerRegistry registry;
        final Injector injector;
        private final Map<String, Analyzer> analyzers = new java.util.concurrent.ConcurrentHashMap<>();

        private Installed() {
            registry = AnalyzerRegistry.load();
            injector = Guice.createInjector(new LedeModule(registry));
        }

        static synchronized Installed get() {
            if (instance == null) {
                instance = new Installed();
            }
            return instance;
        }

        synchronized Analyzer analyzer(AnalyzerProvider p) throws Exception {
            Analyzer a = analyzers.get(p.name());
            if (a == null) {
                a = p.create(new Context(AnalyzerConfig.EMPTY, injector));
                analyzers.put(p.name(), a);
            }
            return a;
        }
    }
}
