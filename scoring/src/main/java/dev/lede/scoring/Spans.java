package dev.lede.scoring;

import com.fasterxml.jackson.databind.JsonNode;

/** Overlap arithmetic on JSON items with {@code start}/{@code end}, as in {@code score.py}. */
final class Spans {
    private Spans() {
    }

    static int start(JsonNode n) {
        return PyJson.offset(n, "start");
    }

    static int end(JsonNode n) {
        return PyJson.offset(n, "end");
    }

    /** Characters the two spans share (0 when disjoint). */
    static int overlap(JsonNode a, JsonNode b) {
        return Math.max(0, Math.min(end(a), end(b)) - Math.max(start(a), start(b)));
    }

    /** True when the half-open spans share at least one character. */
    static boolean overlaps(JsonNode a, JsonNode b) {
        return start(a) < end(b) && start(b) < end(a);
    }

    static boolean overlaps(int aStart, int aEnd, int bStart, int bEnd) {
        return aStart < bEnd && bStart < aEnd;
    }

    static boolean hasStart(JsonNode n) {
        return !PyJson.isNone(n, "start");
    }
}
