package dev.lede.pipeline;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The heavy objects analyzers share ({@link dev.lede.analyzer.AnalyzerContext#shared}): one per plugin and type for
 * the life of the runtime, made on first use. Keyed by the plugin (its class loader) and the type, so two plugins
 * never receive each other's objects, even when both ask for a JDK type or bundle a class of the same name.
 *
 * <p>Hand-written rather than Guice: the SPI promises exactly "make it once, then hand out the same one", and a map
 * of once-made values says that in a few lines without putting an injector between plugins.
 */
final class SharedResources {
    private final Map<Key, Once> byKey = new ConcurrentHashMap<>();

    /**
     * The instance of {@code type} for the plugin whose classes {@code owner} loads, made by {@code loader} unless a
     * previous call made it.
     */
    <T> T get(ClassLoader owner, Class<T> type, Supplier<? extends T> loader) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(loader, "loader");
        return type.cast(byKey.computeIfAbsent(new Key(owner, type), k -> new Once()).get(loader));
    }

    // Class loaders and classes compare by identity, which is what tells plugins apart.
    private record Key(ClassLoader owner, Class<?> type) {
    }

    // Made outside the map's lock, so a loader may itself ask for another shared object; only callers for the same
    // type wait on each other. A loader that throws leaves nothing behind, and the next caller tries again.
    private static final class Once {
        private Object value;

        synchronized Object get(Supplier<?> loader) {
            if (value == null) {
                value = Objects.requireNonNull(loader.get(), "a shared-resource loader returned null");
            }
            return value;
        }
    }
}
