package dev.lede.entity.model;

import dev.lede.annotation.EntityType;

/** A tagged name over words {@code [first, end)} of a {@link Words} sequence. */
public record NameSpan(int first, int end, EntityType type) {
}
