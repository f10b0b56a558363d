package dev.lede.entity.train;

import dev.lede.entity.model.DocumentContext;
import dev.lede.entity.model.Words;

/**
 * A training sentence: words {@code [from, to)} of a word sequence with their gold BIO tags, the context of the
 * document it comes from, and which corpus it comes from: its number (for the corpus's own copy of each feature,
 * see {@link PerceptronTrainer}), whether that corpus annotates MISC names at all, and the number of its document
 * (the second stage reads a document's sentences together).
 */
public record TrainingSentence(Words words, int from, int to, int[] tags, DocumentContext context, int corpus,
                               boolean annotatesMisc, int document) {

    public TrainingSentence(Words words, int from, int to, int[] tags, DocumentContext context, int document) {
        this(words, from, to, tags, context, 0, true, document);
    }

    /** The same sentence marked as coming from corpus {@code corpus}, its document numbered from {@code firstDocument}. */
    public TrainingSentence inCorpus(int corpus, boolean annotatesMisc, int firstDocument) {
        return new TrainingSentence(words, from, to, tags, context, corpus, annotatesMisc, firstDocument + document);
    }
}
