package dev.lede.entity.coref;

import dev.lede.annotation.EntityType;

/**
 * A tagged name in the document, with the words it covers.
 *
 * @param first index of its first word in the {@link dev.lede.entity.model.Words} sequence
 * @param end   index after its last word
 */
public record NameMention(int start, int end, String text, EntityType type, int first, int wordEnd) {
}
