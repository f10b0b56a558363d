package dev.lede.entity;

import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.model.FeatureExtractor;
import dev.lede.entity.model.PerceptronModel;
import dev.lede.entity.model.StagedModel;
import dev.lede.entity.model.WordClusters;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The heavy, immutable resources of the entity analyzer: the trained tagging models, the gazetteer and the word
 * clusters. Loaded once (shared through the analyzer context, see {@link EntityAnalyzerProvider#create}) and shared by
 * every analyzer and thread. The two stages' models are kept merged into one {@link StagedModel} (one hash probe per
 * feature for both), not as two models.
 */
public final class EntityResources {
    private final StagedModel model;
    private final Gazetteer gazetteer;
    private final WordClusters clusters;

    /** @param secondStage the second stage's weights, or null to tag with the first stage alone */
    public EntityResources(PerceptronModel model, PerceptronModel secondStage, Gazetteer gazetteer,
                           WordClusters clusters) {
        this(model.asWeights(), secondStage == null ? null : secondStage.asWeights(), gazetteer, clusters);
    }

    private EntityResources(PerceptronModel.Weights model, PerceptronModel.Weights secondStage, Gazetteer gazetteer,
                            WordClusters clusters) {
        this(StagedModel.of(checked(model), secondStage == null ? null : checked(secondStage)), gazetteer, clusters);
    }

    private EntityResources(StagedModel model, Gazetteer gazetteer, WordClusters clusters) {
        this.model = model;
        this.gazetteer = gazetteer;
        this.clusters = clusters;
    }

    private static PerceptronModel.Weights checked(PerceptronModel.Weights m) {
        if (m.featureVersion() != FeatureExtractor.VERSION) {
            throw new IllegalStateException("the NER model was trained with features v" + m.featureVersion()
                    + " but this code extracts v" + FeatureExtractor.VERSION + ": retrain with scripts/entity/train.sh");
        }
        return m;
    }

    /**
     * Loads the models, gazetteer and word clusters shipped in the jar, the second stage, the gazetteer and the
     * clusters each on a thread of its own while the caller loads the first stage: they do not depend on each other,
     * and this load is most of a short run's start-up. The two stages' weights are merged as read, without the
     * look-up index a {@link PerceptronModel} would build for each.
     */
    public static EntityResources load() {
        FutureTask<PerceptronModel.Weights> secondStage = startLoading("lede-entity-stage2",
                () -> PerceptronModel.loadWeights(PerceptronModel.SECOND_STAGE_RESOURCE));
        FutureTask<Gazetteer> gazetteer = startLoading("lede-entity-gazetteer", Gazetteer::load);
        FutureTask<WordClusters> clusters = startLoading("lede-entity-clusters", WordClusters::load);
        PerceptronModel.Weights model = PerceptronModel.loadWeights(PerceptronModel.RESOURCE);
        if (model == null) {
            throw new IllegalStateException("model resource " + PerceptronModel.RESOURCE + " missing from the class path");
        }
        PerceptronModel.Weights second = finished(secondStage);
        // merged while the gazetteer and the clusters may still be loading
        StagedModel merged = StagedModel.of(checked(model), second == null ? null : checked(second));
        return new EntityResources(merged, finished(gazetteer), finished(clusters));
    }

    private static <T> FutureTask<T> startLoading(String name, Callable<T> load) {
        FutureTask<T> task = new FutureTask<>(load);
        Thread t = new Thread(task, name);
        t.setDaemon(true); // a load that outlives a failed start never keeps the process alive
        t.start();
        return task;
    }

    private static <T> T finished(FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the entity resources", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("cannot load the entity resources", e.getCause());
        }
    }

    /** Both stages' weights (or the first stage's alone). */
    public StagedModel model() {
        return model;
    }

    /** The same resources tagging with the first stage alone (to measure what the second adds). */
    public EntityResources firstStageOnly() {
        return new EntityResources(model.firstStageOnly(), gazetteer, clusters);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public WordClusters clusters() {
        return clusters;
    }
}
