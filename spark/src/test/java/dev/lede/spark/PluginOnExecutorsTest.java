package dev.lede.spark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.json.LedeJson;
import dev.lede.spark.plugin.ExclaimProvider;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A plugin from a folder of jars, shipped by Lede to the executors and run there inside Spark's tasks. */
class PluginOnExecutorsTest {
    private static final StructType EXCLAMATION = new StructType()
            .add("start", DataTypes.IntegerType).add("end", DataTypes.IntegerType)
            .add("text", DataTypes.StringType).add("words", DataTypes.IntegerType);

    private static Path plugins;

    private final SparkSession spark = LocalSpark.session();

    @BeforeAll
    static void packThePlugin() throws IOException {
        // Not a @TempDir: Spark keeps a file it shipped for as long as its session lives, and other test classes
        // share the session after this one ends.
        plugins = PluginJar.folderFor(ExclaimProvider.class);
    }

    private static LedeOptions withPlugin() {
        return LedeOptions.defaults().withPluginDir(plugins.toString()).withAnalyzers("exclaim");
    }

    @Test
    void aPluginLayerWithoutADeclaredTypeIsAJsonColumn() throws IOException {
        Dataset<Row> annotated = Lede.annotate(Articles.good(spark).repartition(2), withPlugin());
        assertEquals(DataTypes.StringType, annotated.schema().apply("exclamations").dataType());

        Map<String, Row> byId = byId(annotated);
        JsonNode market = LedeJson.mapper().readTree(byId.get("market").<String>getAs("exclamations"));
        assertEquals(1, market.size());
        assertEquals("What a morning!", market.get(0).get("text").asText());
        assertEquals("[]", byId.get("ferry").getAs("exclamations"));
    }

    @Test
    void aDeclaredTypeMakesThePluginLayerATypedColumn() {
        Dataset<Row> annotated = Lede.annotate(Articles.good(spark),
                withPlugin().withLayerSchema("exclamations", EXCLAMATION));
        assertEquals(DataTypes.createArrayType(EXCLAMATION, true), annotated.schema().apply("exclamations").dataType());

        Row storm = byId(annotated).get("storm");
        List<Row> found = storm.getList(storm.fieldIndex("exclamations"));
        assertEquals(1, found.size());
        assertEquals("Stay indoors!", found.get(0).getAs("text"));
        assertEquals(2, (int) found.get(0).getAs("words"));
        assertEquals(Articles.STORM.indexOf("Stay indoors!"), (int) found.get(0).getAs("start"));
    }

    @Test
    void aPluginFailingOnOneArticleCostsOnlyThatArticlesLayer() {
        Map<String, Row> byId = byId(Lede.annotate(Articles.good(spark),
                withPlugin().withAnalyzers("exclaim", "number").withSetting("exclaim.failOn", "Bergen")));

        Row storm = byId.get("storm");
        assertNull(storm.getAs("exclamations"));
        List<Row> errors = storm.getList(storm.fieldIndex("errors"));
        assertEquals(1, errors.size());
        assertEquals("exclaim", errors.get(0).getAs("analyzer"));
        assertTrue(errors.get(0).<String>getAs("message").contains("refusing an article that contains Bergen"));
        assertTrue(storm.getList(storm.fieldIndex("numbers")).size() >= 1, "the number analyzer still ran");
        Row market = byId.get("market");
        assertNotNull(market.getAs("exclamations"));
        assertTrue(market.getList(market.fieldIndex("errors")).isEmpty());
    }

    @Test
    void aLayerThatDoesNotFitItsDeclaredTypeIsReportedOnItsRow() {
        StructType wrong = new StructType().add("text", DataTypes.BooleanType);
        Row market = byId(Lede.annotate(Articles.good(spark), withPlugin().withLayerSchema("exclamations", wrong)))
                .get("market");
        assertNull(market.getAs("exclamations"));
        List<Row> errors = market.getList(market.fieldIndex("errors"));
        assertEquals(AnnotationSpec.CONVERSION, errors.get(0).getAs("analyzer"));
        assertTrue(errors.get(0).<String>getAs("message").contains("value[0].text should be true or false"),
                errors.get(0).<String>getAs("message"));
    }

    @Test
    void aMissingPluginFolderFailsOnTheDriver() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lede.annotate(
                Articles.good(spark), LedeOptions.defaults().withPluginDir(plugins.resolve("nowhere").toString())));
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    }

    private static Map<String, Row> byId(Dataset<Row> rows) {
        return rows.collectAsList().stream().collect(Collectors.toMap(r -> r.getAs("id"), Function.identity()));
    }
}
