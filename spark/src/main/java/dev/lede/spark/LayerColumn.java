package dev.lede.spark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.json.LedeJson;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

import java.io.Serializable;
import java.util.List;

/**
 * One layer written as one column: an array of typed elements when the element type is known, else the layer's
 * schema-1 JSON as a string.
 *
 * @param layer       the layer's name, also the column's
 * @param elementType the Spark type of one element, or null for a JSON string column
 * @param builtIn     whether the elements are a built-in layer's records in their declared type, converted field
 *                    by field ({@link BuiltInRows}) rather than through their JSON
 */
record LayerColumn(String layer, DataType elementType, boolean builtIn) implements Serializable {

    static LayerColumn of(String layer, DataType elementType) {
        boolean builtIn = elementType != null && BuiltInRows.of(layer).isPresent()
                && LayerSchemas.builtIn(layer).filter(elementType::equals).isPresent();
        return new LayerColumn(layer, elementType, builtIn);
    }

    /** The column as it appears in the output schema. */
    StructField field() {
        return DataTypes.createStructField(layer, typed() ? DataTypes.createArrayType(elementType, true)
                : DataTypes.StringType, true);
    }

    boolean typed() {
        return elementType != null;
    }

    /**
     * The column's value for a layer's elements.
     *
     * @throws IllegalArgumentException when an element does not fit the declared type
     */
    Object value(List<?> elements) {
        if (!typed()) {
            return LedeJson.toJson(elements);
        }
        if (builtIn) {
            return BuiltInRows.rows(elements, BuiltInRows.of(layer).orElseThrow());
        }
        JsonNode tree = LedeJson.mapper().valueToTree(elements);
        try {
            return JsonToSpark.convert(tree, DataTypes.createArrayType(elementType, true));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("layer '" + layer + "' does not fit its declared type: "
                    + e.getMessage(), e);
        }
    }
}
