package dev.lede.testkit;

import dev.lede.analyzer.AnalyzerConfig;
import dev.lede.analyzer.AnalyzerContext;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * An {@link AnalyzerContext} for tests: the given options, and shared resources kept for the whole test JVM (a model
 * loads once however many tests create the analyzer), as the runtime keeps them for its life.
 *
 * <pre>{@code Analyzer analyzer = new SentimentProvider().create(TestContext.of(Map.of("threshold", "0.3")));}</pre>
 *
 * @param config the analyzer's options
 */
public record TestContext(AnalyzerConfig config) implements AnalyzerContext {
    private static final Map<Class<?>, Object> SHARED = new ConcurrentHashMap<>();

    /** A context without options. */
    public static TestContext empty() {
        return new TestContext(AnalyzerConfig.EMPTY);
    }

    /** A context with these options, e.g. {@code Map.of("demonyms", "true")}. */
    public static TestContext of(Map<String, String> options) {
        return new TestContext(new AnalyzerConfig(options));
    }

    @Override
    public <T> T shared(Class<T> type, Supplier<? extends T> loader) {
        // computeIfAbsent would hold a map lock while a model loads, and fail if the loader asks for another
        // shared object; a racing second load is harmless in tests (one result wins and is kept).
        Object value = SHARED.get(type);
        if (value == null) {
            Object made = loader.get();
            value = SHARED.putIfAbsent(type, made);
            if (value == null) {
                value = made;
            }
        }
        return type.cast(value);
    }
}
