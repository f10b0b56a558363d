package dev.lede.analyzer;

/**
 * What a provider gets when it creates its analyzer: the analyzer's configuration and access to objects bound in
 * the Guice modules of the installed plugins (a gazetteer loaded once and shared, for instance).
 */
public interface AnalyzerContext {
    AnalyzerConfig config();

    /** An instance of {@code type} from the plugins' Guice modules (singletons stay shared across pipelines). */
    <T> T instance(Class<T> type);
}
