package dev.lede.quote;

import dev.lede.annotation.Entity;
import dev.lede.annotation.EntityType;
import dev.lede.annotation.Mention;
import dev.lede.annotation.MentionKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The entity mentions of a document sorted by offset, to find which entity a speaker span refers to. */
final class EntityIndex {
    private record Entry(int start, int end, MentionKind kind, Entity entity) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final int[] starts;

    EntityIndex(List<Entity> entities) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                entries.add(new Entry(m.start(), m.end(), m.kind(), e));
            }
        }
        entries.sort(Comparator.comparingInt(Entry::start));
        starts = entries.stream().mapToInt(Entry::start).toArray();
    }

    /**
     * The entity best referred to within {@code [start, end)}: a speaker-like entity (person, organisation, group)
     * whose mention overlaps the span most, names before nominals before pronouns. Null when none.
     */
    Entity at(int start, int end) {
        int i = lowerBound(start - 200);
        Entity best = null;
        int bestScore = 0;
        for (; i < entries.size() && entries.get(i).start() < end; i++) {
            Entry e = entries.get(i);
            int overlap = Math.min(end, e.end()) - Math.max(start, e.start());
            if (overlap <= 0) {
                continue;
            }
            int score = overlap * 4 + (e.kind() == MentionKind.NAME ? 3 : e.kind() == MentionKind.NOMINAL ? 2 : 1)
                    + (e.entity().type() == EntityType.PERSON ? 1000 : e.entity().type() == EntityType.LOCATION ? 0 : 500);
            if (score > bestScore) {
                bestScore = score;
                best = e.entity();
            }
        }
        return best;
    }

    /**
     * The entity of the closest mention ending at most {@code reach} chars before {@code offset}: the antecedent
     * of a relative pronoun ("Rutte, who said ...").
     */
    Entity antecedent(int offset, int reach) {
        int i = lowerBound(offset - reach - 200);
        Entity best = null;
        int bestEnd = -1;
        for (; i < entries.size() && entries.get(i).start() < offset; i++) {
            Entry e = entries.get(i);
            if (e.end() <= offset && e.end() >= offset - reach && e.end() > bestEnd
                    && e.entity().type() != EntityType.LOCATION) {
                best = e.entity();
                bestEnd = e.end();
            }
        }
        return best;
    }

    private int lowerBound(int offset) {
        return SortedOffsets.lowerBound(starts, offset);
    }
}
