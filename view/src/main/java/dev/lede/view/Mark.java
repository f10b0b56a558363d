package dev.lede.view;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One element to wrap around {@code text[start, end)}: a highlighted span of a layer, or a role mark (a quote's
 * speaker or cue). {@link NestedMarkup} nests the marks; {@code rank} orders marks with the same span, outer first.
 *
 * @param continued this piece continues a mark begun earlier (the second part of a quote), so it is not counted
 *                  again and carries no {@code id} or tab stop
 */
record Mark(int start, int end, int rank, Map<String, String> attributes, boolean continued) {
    Mark {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes)); // attribute order is kept
    }

    static Mark of(int start, int end, int rank, Map<String, String> attributes) {
        return new Mark(start, end, rank, attributes, false);
    }

    Mark asContinued() {
        return new Mark(start, end, rank, attributes, true);
    }

    /** Attributes whose values must stay unique in a page, or that make a second tab stop: only on a head piece. */
    static boolean headOnly(String attribute) {
        return attribute.equals("id") || attribute.equals("tabindex");
    }
}
