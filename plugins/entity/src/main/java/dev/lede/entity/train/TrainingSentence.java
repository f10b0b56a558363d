package dev.lede.entity.train;

import dev.lede.entity.model.Words;

/** A training sentence: words {@code [from, to)} of a word sequence with their gold BIO tags. */
public record TrainingSentence(Words words, int from, int to, int[] tags) {
}
