package dev.lede.annotation;

/** A paragraph: text between blank lines (or single line breaks, in one-paragraph-per-line text). */
public record Paragraph(int start, int end) {
}
