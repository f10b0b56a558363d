package dev.lede.entity.coref;

import dev.lede.annotation.EntityType;
import dev.lede.annotation.Mention;
import dev.lede.annotation.MentionKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The mentions gathered for one entity while resolving a document (mutable, local to one analysis). */
final class Cluster {
    final List<Mention> mentions = new ArrayList<>();
    final List<NameMention> names = new ArrayList<>();
    final Set<String> keys = new HashSet<>();
    /** Keys that joined as a variant of another name (a surname, an acronym): their repeats vote like it. */
    final Set<String> variantKeys = new HashSet<>();
    final Set<String> titles = new HashSet<>();
    private final Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    Gender gender = Gender.UNKNOWN;
    /** Offset after the latest mention, for recency. */
    int lastEnd;

    /**
     * Adds a name. {@code vote} is the type it supports: its tagged type, or the cluster's when it joined by a
     * rule that already implies the type (a surname joins a person, an acronym its expansion).
     */
    void addName(NameMention m, EntityType vote) {
        names.add(m);
        add(new Mention(m.start(), m.end(), m.text(), MentionKind.NAME));
        keys.add(NameKeys.key(m.text()));
        int weight = NameKeys.words(m.text()).size() > 1 ? 2 : 1;
        votes.merge(vote, weight, Integer::sum);
    }

    /** Takes over the mentions of {@code other}, its names voting for {@code vote}. */
    void absorb(Cluster other, EntityType vote) {
        for (NameMention n : other.names) {
            addName(n, vote);
        }
        variantKeys.addAll(other.keys);
        for (Mention m : other.mentions) {
            if (m.kind() != MentionKind.NAME) {
                add(m);
            }
        }
        titles.addAll(other.titles);
        if (gender == Gender.UNKNOWN) {
            gender = other.gender;
        }
    }

    void add(Mention m) {
        mentions.add(m);
        lastEnd = Math.max(lastEnd, m.end());
    }

    /** The type most of its names were tagged with (multi-word names count double); ties go to the first. */
    EntityType type() {
        EntityType best = names.get(0).type();
        int bestVotes = votes.getOrDefault(best, 0);
        for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
            }
        }
        return best;
    }

    /** The longest name mention (the first of equals). */
    NameMention longestName() {
        NameMention best = names.get(0);
        for (NameMention m : names) {
            if (m.text().length() > best.text().length()) {
                best = m;
            }
        }
        return best;
    }

    int firstOffset() {
        int first = Integer.MAX_VALUE;
        for (Mention m : mentions) {
            first = Math.min(first, m.start());
        }
        return first;
    }
}
