package dev.lede.quote;

/** A sentence as the quote analyzer uses it: within one paragraph ({@code paragraph} is its index). */
record Unit(int start, int end, int paragraph) {
}
