package dev.lede.spark;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a layer's schema-1 JSON into the value of a typed Spark column: objects into {@code Row}s by field name,
 * arrays into arrays, numbers, strings and booleans into their Spark types. Going through the JSON form keeps one
 * definition of what a layer looks like outside Lede (the JSON writer's), and lets a plugin layer get typed columns
 * by declaring a type, with no code of its own.
 *
 * <p>Hand-written because Spark's own JSON-to-row conversion ({@code from_json}) works on strings inside a query
 * plan; here the values are built in the executor's iterator, from a tree Lede already has.
 */
final class JsonToSpark {

    private JsonToSpark() {
    }

    /**
     * The Spark value of {@code node} as a column of type {@code type}: null for a missing or null node; a field the
     * type does not name is left out.
     *
     * @throws IllegalArgumentException naming the path when a value does not fit its declared type
     */
    static Object convert(JsonNode node, DataType type) {
        return convert(node, type, "");
    }

    private static Object convert(JsonNode node, DataType type, String path) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (type instanceof StructType struct) {
            require(node.isObject(), node, "an object", path);
            StructField[] fields = struct.fields();
            Object[] values = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) {
                values[i] = convert(node.get(fields[i].name()), fields[i].dataType(), path + "." + fields[i].name());
            }
            return RowFactory.create(values);
        }
        if (type instanceof ArrayType array) {
            require(node.isArray(), node, "an array", path);
            Object[] values = new Object[node.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = convert(node.get(i), array.elementType(), path + "[" + i + "]");
            }
            return values;
        }
        if (type instanceof MapType map) {
            require(node.isObject() && map.keyType() instanceof StringType, node, "an object", path);
            Map<String, Object> values = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                values.put(e.getKey(), convert(e.getValue(), map.valueType(), path + "." + e.getKey()));
            }
            return CollectionConverters.asScala(values);
        }
        if (type instanceof StringType) {
            return node.isTextual() ? node.textValue() : node.toString(); // an object or array as its JSON text
        }
        if (type instanceof IntegerType) {
            require(node.canConvertToInt(), node, "a whole number", path);
            return node.intValue();
        }
        if (type instanceof LongType) {
            require(node.canConvertToLong(), node, "a whole number", path);
            return node.longValue();
        }
        if (type instanceof DoubleType) {
            require(node.isNumber(), node, "a number", path);
            return node.doubleValue();
        }
        if (type instanceof FloatType) {
            require(node.isNumber(), node, "a number", path);
            return node.floatValue();
        }
        if (type instanceof BooleanType) {
            require(node.isBoolean(), node, "true or false", path);
            return node.booleanValue();
        }
        throw new IllegalArgumentException("type " + type.simpleString() + " is not supported for layer values"
                + " (use struct, array, map with string keys, string, int, bigint, double, float or boolean)");
    }

    private static void require(boolean fits, JsonNode node, String wanted, String path) {
        if (!fits) {
            throw new IllegalArgumentException("value" + path + " should be " + wanted + ", found "
                    + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Whether every type inside {@code type} can be converted, so a bad declaration fails on the driver. */
    static void checkSupported(DataType type, String layer) {
        if (type instanceof StructType struct) {
            for (StructField f : struct.fields()) {
                checkSupported(f.dataType(), layer);
            }
        } else if (type instanceof ArrayType array) {
            checkSupported(array.elementType(), layer);
        } else if (type instanceof MapType map) {
            if (!(map.keyType() instanceof StringType)) {
                throw new IllegalArgumentException("layer '" + layer + "': map keys must be strings, got "
                        + map.keyType().simpleString());
            }
            checkSupported(map.valueType(), layer);
        } else if (!(type instanceof StringType || type instanceof IntegerType || type instanceof LongType
                || type instanceof DoubleType || type instanceof FloatType || type instanceof BooleanType)) {
            throw new IllegalArgumentException("layer '" + layer + "': type " + type.simpleString()
                    + " is not supported (use struct, array, map with string keys, string, int, bigint, double,"
                    + " float or boolean)");
        }
    }
}
