package dev.lede.entity;

import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.model.FeatureExtractor;
import dev.lede.entity.model.PerceptronModel;
import dev.lede.entity.model.WordClusters;

/**
 * The heavy, immutable resources of the entity analyzer: the trained tagging model, the gazetteer and the word
 * clusters. Loaded once (shared through the analyzer context, see {@link EntityAnalyzerProvider#create}) and shared by
 * every analyzer and thread.
 */
public final class EntityResources {
    private final PerceptronModel model;
    private final Gazetteer gazetteer;
    private final WordClusters clusters;

    public EntityResources(PerceptronModel model, Gazetteer gazetteer, WordClusters clusters) {
        if (model.featureVersion() != FeatureExtractor.VERSION) {
            throw new IllegalStateException("the NER model was trained with features v" + model.featureVersion()
                    + " but this code extracts v" + FeatureExtractor.VERSION + ": retrain with scripts/entity/train.sh");
        }
        this.model = model;
        this.gazetteer = gazetteer;
        this.clusters = clusters;
    }

    /** Loads the model, gazetteer and word clusters shipped in the jar. */
    public static EntityResources load() {
        return new EntityResources(PerceptronModel.load(), Gazetteer.load(), WordClusters.load());
    }

    public PerceptronModel model() {
        return model;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public WordClusters clusters() {
        return clusters;
    }
}
