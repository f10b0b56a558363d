package dev.lede.spark;

import dev.lede.document.LayerKey;
import dev.lede.pipeline.AnalysisResult;
import dev.lede.pipeline.AnalyzerError;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a task needs to annotate its partition, worked out once on the driver ({@link AnnotationPlanner}):
 * where the article is in a row, how to build the pipeline, which layers become which columns, and the schema of
 * the rows it returns.
 *
 * @param articles     where the article's id, text and metadata are in an input row
 * @param pipeline     the pipeline each executor builds once
 * @param layers       the layer columns, in order
 * @param maxBytes     the largest article record accepted
 * @param jsonLayers   the layers of a JSON Lines record, or null for all (as the CLI writes them)
 * @param includeText  whether a JSON Lines record carries the text
 * @param outputSchema the input columns, then the layer columns, then {@code errors}
 */
record AnnotationSpec(ArticleColumns articles, PipelineSpec pipeline, List<LayerColumn> layers, long maxBytes,
                      List<String> jsonLayers, boolean includeText, StructType outputSchema)
        implements Serializable {

    /** The analyzer name under which a layer that does not fit its column is reported. */
    static final String CONVERSION = "lede-spark";

    AnnotationSpec {
        layers = List.copyOf(layers);
        jsonLayers = jsonLayers == null ? null : List.copyOf(jsonLayers);
    }

    /**
     * The input row with the layer columns and the errors appended. A layer no analyzer produced (its analyzer
     * failed, or the article could not be read) is null; one produced empty is an empty array.
     */
    Row toRow(Row input, AnalysisResult result) {
        int width = input.length();
        Object[] values = new Object[width + layers.size() + 1];
        for (int i = 0; i < width; i++) {
            values[i] = input.get(i);
        }
        List<AnalyzerError> errors = new ArrayList<>(result.errors());
        Map<String, List<?>> produced = new HashMap<>();
        for (Map.Entry<LayerKey<?>, List<?>> layer : result.layers().entrySet()) {
            produced.put(layer.getKey().name(), layer.getValue()); // names are unique within a pipeline
        }
        for (int i = 0; i < layers.size(); i++) {
            LayerColumn column = layers.get(i);
            List<?> elements = produced.get(column.layer());
            if (elements != null) {
                try {
                    values[width + i] = column.value(elements);
                } catch (RuntimeException e) {
                    errors.add(new AnalyzerError(CONVERSION, e.getMessage()));
                }
            }
        }
        Object[] errorRows = new Object[errors.size()];
        for (int i = 0; i < errorRows.length; i++) {
            errorRows[i] = RowFactory.create(errors.get(i).analyzer(), errors.get(i).message());
        }
        values[values.length - 1] = errorRows;
        return RowFactory.create(values);
    }
}
