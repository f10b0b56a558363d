package dev.lede.entity.train;

import dev.lede.entity.model.DocumentContext;
import dev.lede.entity.model.Words;

/**
 * A training sentence: words {@code [from, to)} of a word sequence with their gold BIO tags, the context of the
 * document it comes from, and which corpus it comes from: its number (for the corpus's own copy of each feature,
 * see {@link PerceptronTrainer}) and whether that corpus annotates MISC names at all.
 */
public record TrainingSentence(Words words, int from, int to, int[] tags, DocumentContext context, int corpus,
                               boolean annotatesMisc) {

    public TrainingSentence(Words words, int from, int to, int[] tags, DocumentContext context) {
        this(words, from, to, tags, context, 0, true);
    }

    /** The same sentence marked as coming from corpus {@code corpus}. */
    public TrainingSentence inCorpus(int corpus, boolean annotatesMisc) {
        return new TrainingSentence(words, from, to, tags, context, corpus, annotatesMisc);
    }
}
