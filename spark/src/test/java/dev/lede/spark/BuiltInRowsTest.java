package dev.lede.spark;

import dev.lede.annotation.Approx;
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
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The field-by-field rows of the built-in layers equal the rows made from their JSON, with and without nulls. */
class BuiltInRowsTest {

    @Test
    void entities() {
        assertSame(new Entity("e1", EntityType.ORGANIZATION, "Lede Wire",
                List.of(new Mention(3, 12, "Lede Wire", MentionKind.NAME), new Mention(40, 42, "it",
                        MentionKind.PRONOUN)), new Salience(2, 3, true)), LayerSchemas.ENTITY, "entities");
        assertSame(new Entity("e2", EntityType.MISC, "x", List.of(), null), LayerSchemas.ENTITY, "entities");
    }

    @Test
    void quotes() {
        assertSame(new Quote("q1", QuoteKind.DIRECT, 10, 30, "We are glad", List.of(new Span(10, 15, "We ar"),
                new Span(20, 30, "e glad")), new Speaker(40, 54, "Siobhan Murphy", "e3", "Siobhan Murphy"),
                new Span(35, 39, "said")), LayerSchemas.QUOTE, "quotes");
        assertSame(new Quote("q2", QuoteKind.INDIRECT, 0, 5, "after", null, null, null), LayerSchemas.QUOTE,
                "quotes");
    }

    @Test
    void numbers() {
        assertSame(new NumberMention(0, 20, "about 2.5 million euros", NumberType.MONEY, 2.5e6, null, null, "EUR",
                Approx.ABOUT), LayerSchemas.NUMBER, "numbers");
        assertSame(new NumberMention(0, 5, "3 to 4", NumberType.CARDINAL, null, 3.0, 4.0, null, null),
                LayerSchemas.NUMBER, "numbers");
    }

    @Test
    void placesAndFocus() {
        assertSame(new Place(0, 6, "Galway", 2964180L, "Gaillimh", 53.27, -9.05, "IE", "C", "Connacht", "PPLA",
                79934, 0.93, "e4", false, null), LayerSchemas.PLACE, "places");
        assertSame(new Place(10, 22, "Eyre Square", null, "Eyre Square", 53.27, -9.05, "IE", null, null, null, 0,
                0.4, null, false, 2964180L), LayerSchemas.PLACE, "places");
        assertSame(new FocusPlace(FocusPlace.Level.CITY, 2964180, "Gaillimh", "IE", 1.5), LayerSchemas.FOCUS,
                "focus");
    }

    private static void assertSame(Object record, StructType schema, String layer) {
        Object viaJson = JsonToSpark.convert(LedeJson.mapper().valueToTree(record), schema);
        Row direct = BuiltInRows.of(layer).orElseThrow().apply(record);
        assertEquals(plain(viaJson), plain(direct));
    }

    /** Rows and arrays as lists, so that equal contents compare equal. */
    private static Object plain(Object value) {
        if (value instanceof Row row) {
            List<Object> fields = new ArrayList<>();
            for (int i = 0; i < row.length(); i++) {
                fields.add(plain(row.get(i)));
            }
            return fields;
        }
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(BuiltInRowsTest::plain).toList();
        }
        return value;
    }
}
