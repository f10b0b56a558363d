package dev.lede.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Descriptive fields that travel with a document. Every field may be null. {@code extra} keeps any other
 * metadata the input carried (for example a publisher), so nothing the user sent is dropped.
 */
public record Metadata(String title, String date, String source, String url, String language,
                       Map<String, Object> extra) {

    public static final Metadata EMPTY = new Metadata(null, null, null, null, null, Map.of());

    public Metadata {
        // insertion order, not Map.copyOf's per-run order: the JSON keeps the input's order, the same every run
        extra = extra == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }
}
