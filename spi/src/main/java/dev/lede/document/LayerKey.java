package dev.lede.document;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names a layer of annotations and the record type of its elements. A layer is a list of {@code T}.
 * Two keys are equal when their names are equal; the name is also the field name in the JSON result.
 * A third-party plugin declares its own key the same way, e.g.
 * {@code LayerKey.of("sentiment", Sentiment.class)}.
 */
public final class LayerKey<T> {
    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]*");

    private final String name;
    private final Class<T> type;

    private LayerKey(String name, Class<T> type) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("layer name must match " + NAME + ": " + name);
        }
        this.name = name;
        this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * A key for the layer {@code name} whose elements are {@code type}. Keys are equal by name and type, so a plugin
     * and its users can each declare the same constant.
     */
    public static <T> LayerKey<T> of(String name, Class<T> type) {
        return new LayerKey<>(name, type);
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayerKey<?> other && other.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
