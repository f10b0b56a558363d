package dev.lede.annotation;

/** One mention of an entity in the text. */
public record Mention(int start, int end, String text, MentionKind kind) {
}
