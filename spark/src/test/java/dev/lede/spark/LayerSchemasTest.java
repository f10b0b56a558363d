package dev.lede.spark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.annotation.Approx;
import dev.lede.annotation.Dateline;
import dev.lede.annotation.Entity;
import dev.lede.annotation.EntityType;
import dev.lede.annotation.FocusPlace;
import dev.lede.annotation.Mention;
import dev.lede.annotation.MentionKind;
import dev.lede.annotation.NumberMention;
import dev.lede.annotation.NumberType;
import dev.lede.annotation.Place;
import dev.lede.annotation.Quote;
import dev.lede.annotation.QuoteKind;
import dev.lede.annotation.Salience;
import dev.lede.annotation.Span;
import dev.lede.annotation.Speaker;
import dev.lede.json.LedeJson;
import dev.lede.time.TimeExpression;
import dev.lede.time.TimeType;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every field of the JSON of a fully filled record has its place in the declared schema, so a record that gains a
 * field fails here instead of losing it silently from every table.
 */
class LayerSchemasTest {

    @Test
    void everyFieldOfAnEntityHasAColumn() {
        Entity e = new Entity("e1", EntityType.PERSON, "Ana Ruiz",
                List.of(new Mention(0, 8, "Ana Ruiz", MentionKind.NAME)), new Salience(1, 0, true));
        assertCovered(e, LayerSchemas.ENTITY);
        Row row = (Row) JsonToSpark.convert(LedeJson.mapper().valueToTree(e), LayerSchemas.ENTITY);
        assertEquals("PERSON", row.get(LayerSchemas.ENTITY.fieldIndex("type")));
        Row mention = (Row) ((Object[]) row.get(LayerSchemas.ENTITY.fieldIndex("mentions")))[0];
        assertEquals("name", mention.get(LayerSchemas.MENTION.fieldIndex("kind")));
    }

    @Test
    void everyFieldOfAQuoteHasAColumn() {
        Quote q = new Quote("q1", QuoteKind.MIXED, 10, 20, "we will act", List.of(new Span(10, 13, "we ")),
                new Speaker(0, 3, "Ana", "e1", "Ana Ruiz"), new Span(4, 8, "said"));
        assertCovered(q, LayerSchemas.QUOTE);
    }

    @Test
    void everyFieldOfANumberHasAColumn() {
        assertCovered(new NumberMention(0, 9, "1-2 miles", NumberType.QUANTITY, 1.5, 1.0, 2.0, "mile", Approx.ABOUT),
                LayerSchemas.NUMBER);
    }

    @Test
    void everyFieldOfAPlaceAndAFocusHasAColumn() {
        assertCovered(new Place(0, 6, "Bergen", 3161732L, "Bergen", 60.39, 5.32, "NO", "46", "Vestland", "PPLA",
                285911, 0.9, "e2", false, 3161732L), LayerSchemas.PLACE);
        assertCovered(new FocusPlace(FocusPlace.Level.COUNTRY, 3144096, "Norway", "NO", 0.8), LayerSchemas.FOCUS);
    }

    @Test
    void everyFieldOfATimeAndADatelineHasAColumn() {
        assertCovered(new TimeExpression(0, 8, "April 15", TimeType.DATE, "2026-04-15", "START", true),
                LayerSchemas.TIME);
        assertCovered(new Dateline(new Span(0, 4, "KYIV"), new Span(6, 13, "Ukraine"), new Span(15, 23, "April 15"),
                "2026-04-15", new Span(25, 32, "Reuters")), LayerSchemas.DATELINE);
    }

    private static void assertCovered(Object record, StructType schema) {
        assertCovered(LedeJson.mapper().valueToTree(record), schema, record.getClass().getSimpleName());
    }

    private static void assertCovered(JsonNode node, DataType type, String path) {
        if (node.isObject()) {
            assertTrue(type instanceof StructType, path + " is an object in JSON but " + type.simpleString());
            StructType struct = (StructType) type;
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                StructField field = List.of(struct.fields()).stream().filter(f -> f.name().equals(name))
                        .findFirst().orElseThrow(() -> new AssertionError(path + "." + name + " has no column"));
                assertCovered(node.get(name), field.dataType(), path + "." + name);
            }
        } else if (node.isArray()) {
            assertTrue(type instanceof ArrayType, path + " is an array in JSON but " + type.simpleString());
            for (JsonNode element : node) {
                assertCovered(element, ((ArrayType) type).elementType(), path + "[]");
            }
        }
    }
}
