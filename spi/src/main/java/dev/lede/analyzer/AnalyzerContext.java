package dev.lede.analyzer;

import java.util.function.Supplier;

/**
 * What a provider gets when it creates its analyzer: the analyzer's configuration, and shared resources that are
 * loaded once and then used by every pipeline and thread (a model, a gazetteer).
 */
public interface AnalyzerContext {

    /** The options set for this analyzer ({@code --set name.key=value}), already checked against its declarations. */
    AnalyzerConfig config();

    /**
     * The one shared instance of {@code type}, made by {@code loader} the first time any pipeline asks for it and
     * kept for the life of the runtime. Each plugin has its own set, so two plugins that both share a
     * {@code Gazetteer} class do not see each other's. The instance is used by many threads at once and must be
     * thread-safe (immutable, ideally). If the loader throws, nothing is kept and the exception reaches the caller.
     *
     * @param type   the key, and the type of the instance
     * @param loader makes the instance; called at most once per successful load
     */
    <T> T shared(Class<T> type, Supplier<? extends T> loader);
}
