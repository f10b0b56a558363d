package dev.lede.entity;

import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.model.FeatureExtractor;
import dev.lede.entity.model.PerceptronModel;
import dev.lede.entity.model.WordClusters;

/**
 * The heavy, immutable resources of the entity analyzer: the trained tagging models, the gazetteer and the word
 * clusters. Loaded once (shared through the analyzer context, see {@link EntityAnalyzerProvider#create}) and shared by
 * every analyzer and thread.
 */
public final class EntityResources {
    private final PerceptronModel model;
    private final PerceptronModel secondStage;
    private final Gazetteer gazetteer;
    private final WordClusters clusters;

    /** @param secondStage the second stage's weights, or null to tag with the first stage alone */
    public EntityResources(PerceptronModel model, PerceptronModel secondStage, Gazetteer gazetteer,
                           WordClusters clusters) {
        for (PerceptronModel m : new PerceptronModel[]{model, secondStage}) {
            if (m != null && m.featureVersion() != FeatureExtractor.VERSION) {
                throw new IllegalStateException("the NER model was trained with features v" + m.featureVersion()
                        + " but this code extracts v" + FeatureExtractor.VERSION
                        + ": retrain with scripts/entity/train.sh");
            }
        }
        this.model = model;
        this.secondStage = secondStage;
        this.gazetteer = gazetteer;
        this.clusters = clusters;
    }

    /** Loads the models, gazetteer and word clusters shipped in the jar. */
    public static EntityResources load() {
        return new EntityResources(PerceptronModel.load(), PerceptronModel.load(PerceptronModel.SECOND_STAGE_RESOURCE),
                Gazetteer.load(), WordClusters.load());
    }

    /** The first stage's weights. */
    public PerceptronModel model() {
        return model;
    }

    /** The second stage's weights, or null when only the first stage runs. */
    public PerceptronModel secondStage() {
        return secondStage;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public WordClusters clusters() {
        return clusters;
    }
}
