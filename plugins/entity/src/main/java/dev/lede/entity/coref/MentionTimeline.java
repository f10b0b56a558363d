package dev.lede.entity.coref;

import dev.lede.annotation.Mention;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mentions of the clusters in text order, read forward while {@link ReferenceResolver} walks the article:
 * what each cluster's latest mention before a point is, and which mentions lie in a window of characters before it.
 * Answering those by scanning every mention of every cluster made the cost grow with the square of the article's
 * length; here each mention enters and leaves the window once. Local to one analysis.
 */
final class MentionTimeline {
    /** A mention and the cluster it belongs to. */
    record Entry(Mention mention, Cluster cluster) {
    }

    private final List<Entry> names = new ArrayList<>();
    private int nextName;
    /** Mentions added while walking, not yet before the walk's point. */
    private final List<Entry> pending = new ArrayList<>();
    private final ArrayDeque<Entry> window = new ArrayDeque<>();
    private final Map<Cluster, Integer> lastEnd = new IdentityHashMap<>();
    private final int windowChars;

    MentionTimeline(List<Cluster> clusters, int windowChars) {
        this.windowChars = windowChars;
        for (Cluster c : clusters) {
            for (Mention m : c.mentions) {
                names.add(new Entry(m, c));
            }
        }
        names.sort(Comparator.comparingInt((Entry e) -> e.mention().end()));
    }

    /** Records a mention added to a cluster during the walk (at or after the current point). */
    void added(Mention m, Cluster c) {
        pending.add(new Entry(m, c));
    }

    /** Moves the walk's point forward to {@code before}: mentions ending at or before it are now in the past. */
    void advanceTo(int before) {
        while (true) {
            Entry name = nextName < names.size() && names.get(nextName).mention().end() <= before
                    ? names.get(nextName) : null;
            Entry added = null;
            for (Entry e : pending) {
                if (e.mention().end() <= before && (added == null || e.mention().end() < added.mention().end())) {
                    added = e;
                }
            }
            Entry next = name == null ? added
                    : added == null || name.mention().end() <= added.mention().end() ? name : added;
            if (next == null) {
                break;
            }
            if (next == name) {
                nextName++;
            } else {
                pending.remove(next);
            }
            window.addLast(next);
            lastEnd.merge(next.cluster(), next.mention().end(), Math::max);
        }
        while (!window.isEmpty() && before - window.peekFirst().mention().end() > windowChars) {
            window.removeFirst();
        }
    }

    /** The end of the cluster's latest mention before the point, or -1. */
    int lastEndBefore(Cluster c) {
        return lastEnd.getOrDefault(c, -1);
    }

    /** The mentions ending before the point and at most the window's characters before it, in text order. */
    Iterable<Entry> recent() {
        return window;
    }
}
