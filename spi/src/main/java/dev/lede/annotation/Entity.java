package dev.lede.annotation;

import java.util.List;

/**
 * A real-world entity named in the document: all its mentions (names, nominals, pronouns) in one cluster.
 * {@code id} is unique within the document ("e1", "e2", ...); other layers refer to it.
 */
public record Entity(String id, EntityType type, String name, List<Mention> mentions, Salience salience) {
    public Entity {
        mentions = List.copyOf(mentions);
    }
}
