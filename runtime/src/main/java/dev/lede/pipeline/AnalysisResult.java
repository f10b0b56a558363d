package dev.lede.pipeline;

import dev.lede.document.Document;
import dev.lede.document.LayerKey;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the pipeline made of one input: the document (null when the input could not be read), the layers in the
 * order they were produced, the errors, and the time each analyzer took in nanoseconds.
 */
public record AnalysisResult(String id, Document document, Map<LayerKey<?>, List<?>> layers,
                             List<AnalyzerError> errors, Map<String, Long> nanosByAnalyzer) {

    public AnalysisResult {
        // Not Map.copyOf: the order of layers and timings is the pipeline order, and the JSON keeps it.
        layers = Collections.unmodifiableMap(new LinkedHashMap<>(layers));
        errors = List.copyOf(errors);
        nanosByAnalyzer = Collections.unmodifiableMap(new LinkedHashMap<>(nanosByAnalyzer));
    }

    /** A record for an input that never became a document (unreadable file, bad JSON line...). */
    public static AnalysisResult failedInput(String id, String message) {
        return new AnalysisResult(id, null, Map.of(), List.of(new AnalyzerError("input", message)), Map.of());
    }

    /** The layer's elements, or an empty list when no analyzer produced it. */
    @SuppressWarnings("unchecked")
    public <T> List<T> layer(LayerKey<T> key) {
        List<?> list = layers.get(key);
        return list == null ? List.of() : (List<T>) list;
    }

    /** True when no analyzer failed and the input was readable. */
    public boolean ok() {
        return errors.isEmpty();
    }

    /** True when nothing useful came out: the input was unreadable or every analyzer failed. */
    public boolean failed() {
        return document == null || (!errors.isEmpty() && layers.isEmpty());
    }
}
