package dev.lede.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A document with the layers produced so far. Analyzers read the layers they require with
 * {@link #layer(LayerKey)} and add the ones they provide with {@link #put(LayerKey, List)}.
 * Not thread-safe: one document is analysed by one thread at a time.
 */
public final class AnnotatedDocument {
    private final Document document;
    private final Map<LayerKey<?>, List<?>> layers;
    private final Set<LayerKey<?>> writable;

    public AnnotatedDocument(Document document) {
        this(document, new LinkedHashMap<>(), null);
    }

    private AnnotatedDocument(Document document, Map<LayerKey<?>, List<?>> layers, Set<LayerKey<?>> writable) {
        this.document = document;
        this.layers = layers;
        this.writable = writable;
    }

    public Document document() {
        return document;
    }

    public String text() {
        return document.text();
    }

    /** The layer's elements, or an empty list when no analyzer produced it. */
    @SuppressWarnings("unchecked")
    public <T> List<T> layer(LayerKey<T> key) {
        List<?> list = layers.get(key);
        return list == null ? List.of() : (List<T>) list;
    }

    public boolean has(LayerKey<?> key) {
        return layers.containsKey(key);
    }

    /** Sets a layer (copied, immutable). Only the layers an analyzer declared in {@code provides()} may be set. */
    public <T> void put(LayerKey<T> key, List<? extends T> elements) {
        if (writable != null && !writable.contains(key)) {
            throw new IllegalStateException("layer '" + key + "' is not among the declared provided layers " + writable);
        }
        layers.put(key, List.copyOf(elements));
    }

    /** All layers in the order they were added. */
    public Map<LayerKey<?>, List<?>> layers() {
        return Collections.unmodifiableMap(layers);
    }

    /**
     * A scratch view for one analyzer: it sees every layer made so far but its writes go to a separate map, so a
     * failing analyzer leaves nothing half-written. {@link #commit(AnnotatedDocument)} copies them back.
     */
    public AnnotatedDocument scratch(Set<LayerKey<?>> provides) {
        return new AnnotatedDocument(document, new LinkedHashMap<>(layers), Set.copyOf(provides));
    }

    /** Copies the layers a scratch view added or replaced into this document. */
    public void commit(AnnotatedDocument scratch) {
        // in the order the analyzer added its layers (the writable set has no order), so the JSON is the same every run
        for (Map.Entry<LayerKey<?>, List<?>> e : scratch.layers.entrySet()) {
            if (scratch.writable.contains(e.getKey())) {
                layers.put(e.getKey(), e.getValue());
            }
        }
    }
}
