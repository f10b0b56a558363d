package dev.lede.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.analyzer.UnknownAnalyzerException;
import dev.lede.document.Layers;
import dev.lede.input.DocumentReader;
import dev.lede.input.InputFormat;
import dev.lede.input.ReaderOptions;
import dev.lede.json.LedeJson;
import dev.lede.pipeline.AnalysisResult;
import dev.lede.pipeline.Pipeline;
import dev.lede.pipeline.PipelineFactory;
import dev.lede.pipeline.PipelineOptions;
import dev.lede.plugin.OptionException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LedeTest {
    private final SparkSession spark = LocalSpark.session();

    @Test
    void everyArticleGetsTypedLayerColumns() {
        Dataset<Row> annotated = Lede.annotate(Articles.good(spark).repartition(2));
        Map<String, Row> byId = byId(annotated);

        assertEquals(List.of("id", "text", "title", "url", "words", "entities", "quotes", "numbers", "places",
                "focus", "times", "dateline", "errors"), Arrays.asList(annotated.schema().fieldNames()));
        assertEquals(3, byId.size());
        Row ferry = byId.get("ferry");
        assertEquals(Articles.FERRY, ferry.getAs("text"));
        assertEquals(60, (int) ferry.getAs("words"));
        assertTrue(ferry.<Row>getList(ferry.fieldIndex("entities")).stream()
                        .anyMatch(e -> "PERSON".equals(e.getAs("type")) && "Siobhan Murphy".equals(e.getAs("name"))),
                "Siobhan Murphy is a person");
        assertTrue(ferry.<Row>getList(ferry.fieldIndex("quotes")).stream()
                .map(q -> q.<Row>getAs("speaker"))
                .anyMatch(s -> s != null && "Siobhan Murphy".equals(s.getAs("name"))), "her quote is hers");
        assertTrue(ferry.<Row>getList(ferry.fieldIndex("numbers")).stream()
                .anyMatch(n -> "EUR".equals(n.getAs("unit")) && (double) n.getAs("value") == 2.5e6), "2.5 million euros");
        assertTrue(ferry.<Row>getList(ferry.fieldIndex("places")).stream()
                .anyMatch(p -> "Galway".equals(p.getAs("text")) && "IE".equals(p.getAs("countryCode"))
                        && p.getAs("geonameId") != null), "Galway, Ireland, with its GeoNames id");
        assertTrue(ferry.<Row>getList(ferry.fieldIndex("times")).stream()
                .anyMatch(t -> "Tuesday".equals(t.getAs("text")) && "date".equals(t.getAs("type"))), "Tuesday");
        for (Row row : byId.values()) {
            assertTrue(row.getList(row.fieldIndex("errors")).isEmpty(), () -> row.getAs("id") + " has no errors");
        }
    }

    @Test
    void layersEqualWhatTheCliPipelineFindsInTheSameArticles() {
        Map<String, Row> byId = byId(Lede.annotate(Articles.good(spark)));
        DocumentReader reader = new DocumentReader(ReaderOptions.DEFAULT);
        // the models this JVM's executor loaded, in a pipeline of the CLI's making
        PipelineFactory factory = ExecutorPipelines.factory(List.of());
        try (Pipeline pipeline = factory.build(PipelineOptions.of(factory.registry().names()))) {
            for (Row row : Articles.good(spark).collectAsList()) {
                // the article as a line of JSON Lines, the way `lede extract` reads it
                ObjectNode line = LedeJson.mapper().createObjectNode();
                Arrays.stream(Articles.SCHEMA.fieldNames()).forEach(f -> line.putPOJO(f, row.getAs(f)));
                AnalysisResult cli = pipeline.process(reader.readBytes(
                        LedeJson.toJson(line).getBytes(StandardCharsets.UTF_8), "articles.jsonl", InputFormat.JSON)
                        .get(0).document());
                Row spark = byId.get(row.<String>getAs("id"));
                assertEquals(cli.layer(Layers.ENTITIES).size(), spark.getList(spark.fieldIndex("entities")).size());
                assertEquals(cli.layer(Layers.QUOTES).size(), spark.getList(spark.fieldIndex("quotes")).size());
                assertEquals(cli.layer(Layers.NUMBERS).size(), spark.getList(spark.fieldIndex("numbers")).size());
                assertEquals(cli.layer(Layers.PLACES).size(), spark.getList(spark.fieldIndex("places")).size());
                assertEquals(cli.layer(Layers.FOCUS).size(), spark.getList(spark.fieldIndex("focus")).size());
                JsonNode places = LedeJson.mapper().valueToTree(cli.layer(Layers.PLACES));
                for (int i = 0; i < places.size(); i++) {
                    Row place = spark.<Row>getList(spark.fieldIndex("places")).get(i);
                    assertEquals(places.get(i).get("geonameId").asLong(), (long) place.getAs("geonameId"));
                }
            }
        }
    }

    @Test
    void aBadArticleKeepsItsRowWithItsErrorAndTheOthersAreAnalysed() {
        String huge = "Word. ".repeat(100);
        Dataset<Row> articles = spark.createDataFrame(List.of(
                RowFactory.create("no-text", null, null, null, null),
                RowFactory.create("blank", "   ", null, null, null),
                RowFactory.create("too-big", huge, null, null, null),
                RowFactory.create("ferry", Articles.FERRY, null, null, null)), Articles.SCHEMA).repartition(2);

        Map<String, Row> byId = byId(Lede.annotate(articles, LedeOptions.defaults().withMaxBytes(500)
                .withAnalyzers("entity")));

        assertEquals(4, byId.size());
        assertInputError(byId.get("no-text"), "missing \"text\"");
        assertInputError(byId.get("blank"), "empty \"text\"");
        assertInputError(byId.get("too-big"), "larger than the limit of 500 bytes");
        Row ferry = byId.get("ferry");
        assertTrue(ferry.getList(ferry.fieldIndex("errors")).isEmpty());
        assertTrue(ferry.getList(ferry.fieldIndex("entities")).size() > 2);
    }

    @Test
    void anArticleOverTheTokenLimitHasItsErrorAsInTheCli() {
        Dataset<Row> articles = spark.createDataFrame(List.of(
                RowFactory.create("ferry", Articles.FERRY, null, null, null)), Articles.SCHEMA);

        Row ferry = byId(Lede.annotate(articles, LedeOptions.defaults().withAnalyzers("entity")
                .withInputLimits(20, 2_000))).get("ferry");

        List<Row> errors = ferry.getList(ferry.fieldIndex("errors"));
        assertEquals(1, errors.size(), () -> "errors: " + errors);
        assertEquals("entity", errors.get(0).getAs("analyzer"));
        assertTrue(errors.get(0).<String>getAs("message").contains("over the limit of 20"),
                () -> errors.get(0).getAs("message"));
    }

    private static void assertInputError(Row row, String message) {
        List<Row> errors = row.getList(row.fieldIndex("errors"));
        assertEquals(1, errors.size(), () -> "errors of " + row.getAs("id") + ": " + errors);
        assertEquals("input", errors.get(0).getAs("analyzer"));
        assertTrue(errors.get(0).<String>getAs("message").contains(message),
                () -> errors.get(0).getAs("message") + " should say " + message);
        assertNull(row.getAs("entities"), "no layer for an article that could not be read");
    }

    @Test
    void anArticleWithoutIdIsNamedByItsPartitionAndRow() {
        Dataset<Row> articles = spark.createDataFrame(List.of(RowFactory.create(Articles.STORM)),
                new StructType().add("body", DataTypes.StringType));
        List<String> lines = Lede.toJsonLines(articles, LedeOptions.defaults().withTextColumn("body")
                .withAnalyzers("number")).collectAsList();
        JsonNode record = parse(lines.get(0));
        assertEquals("0-0", record.get("id").asText());
        assertEquals(Articles.STORM, record.get("text").asText());
    }

    @Test
    void jsonLinesAreTheCliRecords() {
        List<String> lines = Lede.toJsonLines(Articles.good(spark), LedeOptions.defaults().withAnalyzers("number"))
                .collectAsList();
        assertEquals(3, lines.size());
        JsonNode storm = lines.stream().map(LedeTest::parse).filter(r -> r.get("id").asText().equals("storm"))
                .findFirst().orElseThrow();
        assertEquals(1, storm.get("schema").asInt());
        assertEquals("Storm", storm.get("metadata").get("title").asText());
        assertEquals(30, storm.get("metadata").get("words").asInt());
        assertTrue(storm.get("tokens").size() > 20, "every layer, tokens included, as the CLI writes them");
        assertTrue(storm.get("numbers").size() >= 1);
        assertEquals(0, storm.get("errors").size());

        List<String> compact = Lede.toJsonLines(Articles.good(spark), LedeOptions.defaults().withAnalyzers("number")
                .withLayers("numbers").withIncludeText(false)).collectAsList();
        JsonNode first = parse(compact.get(0));
        assertNull(first.get("text"));
        assertNull(first.get("tokens"));
        assertTrue(first.has("numbers"));
    }

    @Test
    void theExecutorBuildsItsPipelineOnceForAllItsTasks() {
        // Options no other test uses, so this test sees the pipeline built.
        LedeOptions options = LedeOptions.defaults().withAnalyzers("number").withThreads(3);
        Dataset<Row> articles = Articles.good(spark).repartition(4);
        int before = Lede.pipelinesBuiltInThisJvm();

        JobCounters first = Lede.counters(articles);
        assertEquals(3, Lede.annotate(articles, options, first).collectAsList().size());
        JobCounters second = Lede.counters(articles);
        assertEquals(3, Lede.annotate(articles, options, second).collectAsList().size());

        assertEquals(1, first.pipelinesBuilt().value(), "one pipeline for the four tasks of the first job");
        assertEquals(0, second.pipelinesBuilt().value(), "the second job reuses it");
        assertEquals(3, second.articles().value());
        assertEquals(0, second.articlesWithErrors().value());
        assertEquals(before + 1, Lede.pipelinesBuiltInThisJvm());
    }

    @Test
    void theOutputSchemaIsDeclaredAndParquetKeepsIt(@TempDir Path dir) {
        LedeOptions options = LedeOptions.defaults();
        Dataset<Row> annotated = Lede.annotate(Articles.good(spark), options);
        StructType declared = Lede.outputSchema(Articles.SCHEMA, options);
        assertEquals(declared, annotated.schema());
        assertEquals(DataTypes.createArrayType(LayerSchemas.PLACE, true), declared.apply("places").dataType());
        assertEquals(DataTypes.createArrayType(LayerSchemas.ENTITY, true), declared.apply("entities").dataType());
        assertEquals(DataTypes.createArrayType(LayerSchemas.ERROR, true), declared.apply("errors").dataType());

        String out = dir.resolve("annotated").toString();
        annotated.write().parquet(out);
        Dataset<Row> back = spark.read().parquet(out);
        assertEquals(declared, back.schema());
        assertEquals(3, back.count());
        assertTrue(back.selectExpr("explode(places) AS p").where("p.countryCode = 'NO'").count() >= 1,
                "Bergen, Norway, queryable in SQL");
    }

    @Test
    void mistakesInTheOptionsFailOnTheDriverWithTheirReason() {
        Dataset<Row> articles = Articles.good(spark);
        UnknownAnalyzerException unknown = assertThrows(UnknownAnalyzerException.class,
                () -> Lede.annotate(articles, LedeOptions.defaults().withAnalyzers("sentiment")));
        assertTrue(unknown.getMessage().contains("entity"), unknown.getMessage());

        IllegalArgumentException noText = assertThrows(IllegalArgumentException.class,
                () -> Lede.annotate(articles, LedeOptions.defaults().withTextColumn("body")));
        assertTrue(noText.getMessage().contains("no column 'body'"), noText.getMessage());

        IllegalArgumentException layer = assertThrows(IllegalArgumentException.class,
                () -> Lede.annotate(articles, LedeOptions.defaults().withAnalyzers("number").withLayers("places")));
        assertTrue(layer.getMessage().contains("numbers"), layer.getMessage());

        IllegalArgumentException clash = assertThrows(IllegalArgumentException.class,
                () -> Lede.annotate(articles.withColumnRenamed("title", "quotes")));
        assertTrue(clash.getMessage().contains("'quotes'"), clash.getMessage());

        assertThrows(UnknownAnalyzerException.class,
                () -> Lede.annotate(articles, LedeOptions.defaults().withSetting("gео.demonyms", "true")));
        OptionException undeclared = assertThrows(OptionException.class,
                () -> Lede.annotate(articles, LedeOptions.defaults().withSetting("geo.demonym", "true")));
        assertTrue(undeclared.getMessage().contains("demonyms"), undeclared.getMessage());
    }

    private static Map<String, Row> byId(Dataset<Row> rows) {
        return rows.collectAsList().stream().collect(Collectors.toMap(r -> r.getAs("id"), Function.identity()));
    }

    private static JsonNode parse(String json) {
        try {
            return LedeJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
