package dev.lede.document;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names a layer of annotations and the record type of its elements. A layer is a list of {@code T}.
 * Two keys are equal when their names and types are equal; the name is also the field name in the JSON result, so
 * it must not be one of the {@link #RESERVED_NAMES} and no two installed analyzers may provide layers of one name
 * (the runtime refuses such a plugin when it loads). A third-party plugin declares its own key the same way, e.g.
 * {@code LayerKey.of("sentiment", Sentiment.class)}.
 */
public final class LayerKey<T> {
    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]*");

    /** The fixed fields of the schema-1 JSON record, which no layer may be named. */
    public static final Set<String> RESERVED_NAMES = Set.of("schema", "id", "metadata", "text", "errors");

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
        return o instanceof LayerKey<?> other && other.name.equals(name) && other.type.equals(type);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + type.hashCode();
    }

    /** Whether the name is one of the {@link #RESERVED_NAMES}. */
    public boolean reserved() {
        return RESERVED_NAMES.contains(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
