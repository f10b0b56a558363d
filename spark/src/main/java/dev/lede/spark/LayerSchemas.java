package dev.lede.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.Map;
import java.util.Optional;

/**
 * The declared Spark types of the built-in layers: one struct per element, with the field names and meanings of
 * the schema-1 JSON result (README, "The JSON result"). Written out by hand rather than derived from the records:
 * these columns are a contract with whoever queries the tables, and a change to a record must not change a table's
 * schema unnoticed ({@code LayerSchemasTest} fails when a record gains a field this schema does not have).
 */
public final class LayerSchemas {

    /** {@code [start, end)} and the text it covers: a quote part, a cue. */
    public static final StructType SPAN = struct(
            field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType),
            field("text", DataTypes.StringType));

    public static final StructType MENTION = struct(
            field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType),
            field("text", DataTypes.StringType), field("kind", DataTypes.StringType));

    public static final StructType SALIENCE = struct(
            field("mentionCount", DataTypes.IntegerType), field("firstOffset", DataTypes.IntegerType),
            field("inFirstParagraph", DataTypes.BooleanType));

    public static final StructType ENTITY = struct(
            field("id", DataTypes.StringType), field("type", DataTypes.StringType),
            field("name", DataTypes.StringType), field("mentions", array(MENTION)), field("salience", SALIENCE));

    public static final StructType SPEAKER = struct(
            field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType),
            field("text", DataTypes.StringType), field("entity", DataTypes.StringType),
            field("name", DataTypes.StringType));

    public static final StructType QUOTE = struct(
            field("id", DataTypes.StringType), field("kind", DataTypes.StringType),
            field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType),
            field("text", DataTypes.StringType), field("parts", array(SPAN)), field("speaker", SPEAKER),
            field("cue", SPAN));

    public static final StructType NUMBER = struct(
            field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType),
            field("text", DataTypes.StringType), field("type", DataTypes.StringType),
            field("value", DataTypes.DoubleType), field("low", DataTypes.DoubleType),
            field("high", DataTypes.DoubleType), field("unit", DataTypes.StringType),
            field("approx", DataTypes.StringType));

    public static final StructType PLACE = struct(
            field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType),
            field("text", DataTypes.StringType), field("geonameId", DataTypes.LongType),
            field("name", DataTypes.StringType), field("lat", DataTypes.DoubleType),
            field("lon", DataTypes.DoubleType), field("countryCode", DataTypes.StringType),
            field("admin1Code", DataTypes.StringType), field("admin1Name", DataTypes.StringType),
            field("featureCode", DataTypes.StringType), field("population", DataTypes.LongType),
            field("confidence", DataTypes.DoubleType), field("entity", DataTypes.StringType),
            field("demonym", DataTypes.BooleanType), field("containedIn", DataTypes.LongType));

    public static final StructType FOCUS = struct(
            field("level", DataTypes.StringType), field("geonameId", DataTypes.LongType),
            field("name", DataTypes.StringType), field("countryCode", DataTypes.StringType),
            field("score", DataTypes.DoubleType));

    /** A date, time, duration or set with its TIMEX3 value (the time analyzer's {@code times}). */
    public static final StructType TIME = struct(
            field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType),
            field("text", DataTypes.StringType), field("type", DataTypes.StringType),
            field("value", DataTypes.StringType), field("mod", DataTypes.StringType),
            field("unanchored", DataTypes.BooleanType));

    /** Where, when and by whom a story was filed ("KYIV, April 15 (Reuters) -"). */
    public static final StructType DATELINE = struct(
            field("place", SPAN), field("region", SPAN), field("date", SPAN), field("value", DataTypes.StringType),
            field("agency", SPAN));

    public static final StructType TOKEN = struct(
            field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType),
            field("kind", DataTypes.StringType));

    public static final StructType SENTENCE = struct(
            field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType),
            field("firstToken", DataTypes.IntegerType), field("endToken", DataTypes.IntegerType));

    public static final StructType PARAGRAPH = struct(
            field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType));

    /** One element of the {@code errors} column: which analyzer (or "input") failed on the article, and why. */
    public static final StructType ERROR = struct(
            field("analyzer", DataTypes.StringType), field("message", DataTypes.StringType));

    /** The name of the column that lists an article's errors. */
    public static final String ERRORS = "errors";

    private static final Map<String, StructType> BUILT_IN = Map.of(
            "entities", ENTITY, "quotes", QUOTE, "numbers", NUMBER, "places", PLACE, "focus", FOCUS,
            "times", TIME, "dateline", DATELINE, "tokens", TOKEN, "sentences", SENTENCE, "paragraphs", PARAGRAPH);

    private LayerSchemas() {
    }

    /** The element type of a built-in layer, if {@code layer} is one. */
    public static Optional<StructType> builtIn(String layer) {
        return Optional.ofNullable(BUILT_IN.get(layer));
    }

    private static StructType struct(StructField... fields) {
        return new StructType(fields);
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static ArrayType array(DataType element) {
        return DataTypes.createArrayType(element, true);
    }
}
