package dev.lede.entity.model;

import dev.lede.annotation.EntityType;

/**
 * The BIO tags over the five entity types: tag 0 is O, then B-type and I-type for each {@link EntityType} in
 * declaration order.
 */
public final class TagSet {
    public static final int OUTSIDE = 0;
    private static final EntityType[] TYPES = EntityType.values();
    public static final int SIZE = 1 + 2 * TYPES.length;

    private TagSet() {
    }

    public static int begin(EntityType type) {
        return 1 + 2 * type.ordinal();
    }

    public static int inside(EntityType type) {
        return 2 + 2 * type.ordinal();
    }

    public static boolean isBegin(int tag) {
        return tag != OUTSIDE && tag % 2 == 1;
    }

    public static boolean isInside(int tag) {
        return tag != OUTSIDE && tag % 2 == 0;
    }

    /** The type of a B or I tag; null for O. */
    public static EntityType type(int tag) {
        return tag == OUTSIDE ? null : TYPES[(tag - 1) / 2];
    }

    /** BIO well-formedness: an I tag continues a B or I of the same type. */
    public static boolean allowed(int previous, int tag) {
        return !isInside(tag) || (previous != OUTSIDE && type(previous) == type(tag));
    }

    public static String name(int tag) {
        return tag == OUTSIDE ? "O" : (isBegin(tag) ? "B-" : "I-") + type(tag);
    }
}
