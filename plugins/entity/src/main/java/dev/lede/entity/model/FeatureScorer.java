package dev.lede.entity.model;

/** Adds a feature's weight for every tag to a score vector. Implemented by the model and by the trainer. */
@FunctionalInterface
public interface FeatureScorer {
    void addScores(long feature, float[] scores);
}
