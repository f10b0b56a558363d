package dev.lede.annotation;

/** How prominent an entity is in its document. */
public record Salience(int mentionCount, int firstOffset, boolean inFirstParagraph) {
}
