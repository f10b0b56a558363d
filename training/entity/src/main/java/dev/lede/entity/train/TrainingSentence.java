package dev.lede.entity.train;

import dev.lede.entity.model.DocumentContext;
import dev.lede.entity.model.Words;

/**
 * A training sentence: words {@code [from, to)} of a word sequence with their gold BIO tags, and the context of
 * the document it comes from.
 */
public record TrainingSentence(Words words, int from, int to, int[] tags, DocumentContext context) {
}
