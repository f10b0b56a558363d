package dev.lede.annotation;

/**
 * Who a quote is attributed to: the span in the text ("he", "the President", "Zelensky") and the id of the
 * entity it refers to (null when unresolved). {@code name} is that entity's canonical name.
 */
public record Speaker(int start, int end, String text, String entity, String name) {
}
