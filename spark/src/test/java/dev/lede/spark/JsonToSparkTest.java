package dev.lede.spark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.json.LedeJson;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonToSparkTest {

    private static JsonNode json(String text) throws Exception {
        return LedeJson.mapper().readTree(text);
    }

    @Test
    void objectsBecomeRowsByFieldNameAndMissingFieldsAreNull() throws Exception {
        StructType type = new StructType().add("start", DataTypes.IntegerType).add("score", DataTypes.DoubleType)
                .add("label", DataTypes.StringType).add("id", DataTypes.LongType).add("ok", DataTypes.BooleanType);
        Row row = (Row) JsonToSpark.convert(json("{\"label\":\"x\",\"start\":3,\"score\":0.5,\"ok\":true,"
                + "\"ignored\":1}"), type);
        assertEquals(5, row.length());
        assertEquals(3, row.get(0));
        assertEquals(0.5, row.get(1));
        assertEquals("x", row.get(2));
        assertNull(row.get(3));
        assertEquals(true, row.get(4));
    }

    @Test
    void arraysNestAndLongsStayWhole() throws Exception {
        Object[] values = (Object[]) JsonToSpark.convert(json("[[6982,null],[]]"),
                DataTypes.createArrayType(DataTypes.createArrayType(DataTypes.LongType)));
        assertArrayEquals(new Object[]{6982L, null}, (Object[]) values[0]);
        assertEquals(0, ((Object[]) values[1]).length);
    }

    @Test
    void aStringColumnTakesAnObjectAsItsJson() throws Exception {
        assertEquals("{\"a\":[1,2]}", JsonToSpark.convert(json("{\"a\":[1,2]}"), DataTypes.StringType));
    }

    @Test
    void aValueThatDoesNotFitNamesWhereItIs() throws Exception {
        StructType type = new StructType().add("parts", DataTypes.createArrayType(
                new StructType().add("start", DataTypes.IntegerType)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonToSpark.convert(json("{\"parts\":[{\"start\":1},{\"start\":\"two\"}]}"), type));
        assertEquals("value.parts[1].start should be a whole number, found string", e.getMessage());
    }

    @Test
    void unsupportedTypesAreRefusedBeforeAnyDataIsSeen() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonToSpark.checkSupported(
                new StructType().add("when", DataTypes.TimestampType), "sentiment"));
        assertTrue(e.getMessage().contains("timestamp"), e.getMessage());
        JsonToSpark.checkSupported(new StructType().add("tags", DataTypes.createMapType(DataTypes.StringType,
                DataTypes.DoubleType)), "sentiment");
    }
}
