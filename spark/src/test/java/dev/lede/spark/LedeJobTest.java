package dev.lede.spark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.json.LedeJson;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LedeJobTest {
    private final SparkSession spark = LocalSpark.session();

    @TempDir
    Path dir;

    /** Three articles and a line that is not JSON, as a feed might deliver them. */
    private Path jsonLines() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(LedeJson.toJson(Map.of("id", "ferry", "text", Articles.FERRY, "url", "https://example.org/ferry",
                "words", 60)));
        lines.add(LedeJson.toJson(Map.of("id", "market", "text", Articles.MARKET,
                "metadata", Map.of("url", "https://example.org/market", "section", "regions"))));
        lines.add("{\"id\": \"broken\", \"text\": \"cut off");
        lines.add(LedeJson.toJson(Map.of("id", "storm", "text", Articles.STORM)));
        Path file = dir.resolve("articles.jsonl");
        Files.write(file, lines);
        return file;
    }

    @Test
    void writesParquetThatSparkReadsBackWithTheDeclaredSchema() throws IOException {
        Path input = jsonLines();
        String out = dir.resolve("out").toString();
        LedeJob job = LedeJob.parse("--input", input.toString(), "--output", out, "--analyzers", "entity,number",
                "--partitions", "2");

        LedeJob.Summary summary = job.run(spark);

        assertEquals(4, summary.articles());
        assertEquals(1, summary.withErrors());
        Dataset<Row> back = spark.read().parquet(out);
        assertEquals(Lede.outputSchema(job.read(spark).schema(), job.options()), back.schema());
        assertEquals(List.of("id", "text", "title", "date", "source", "url", "language", "metadata",
                ArticleColumns.CORRUPT_RECORD, "entities", "numbers", "errors"),
                List.of(back.schema().fieldNames()), "the fields Lede reads, whatever the articles hold");
        assertEquals(4, back.count());
        Row broken = back.where("_corrupt_record IS NOT NULL").first();
        List<Row> errors = broken.getList(broken.fieldIndex("errors"));
        assertEquals("input", errors.get(0).getAs("analyzer"));
        assertTrue(errors.get(0).<String>getAs("message").startsWith("invalid JSON"), errors.toString());
        assertNull(broken.getAs("entities"));
        assertEquals(3, back.where("size(errors) = 0 AND size(entities) > 0").count());
    }

    @Test
    void writesOneSchemaOneRecordPerArticleAsJsonLines() throws IOException {
        String out = dir.resolve("out-jsonl").toString();
        LedeJob.Summary summary = LedeJob.parse("--input", jsonLines().toString(), "--output", out, "--format",
                "jsonl", "--analyzers", "number", "--no-text").run(spark);

        assertEquals(4, summary.articles());
        List<JsonNode> records = new ArrayList<>();
        try (Stream<Path> parts = Files.list(Path.of(out))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    records.add(LedeJson.mapper().readTree(line));
                }
            }
        }
        assertEquals(4, records.size());
        JsonNode ferry = records.stream().filter(r -> r.get("id").asText().equals("ferry")).findFirst().orElseThrow();
        assertEquals(1, ferry.get("schema").asInt());
        assertEquals("https://example.org/ferry", ferry.get("metadata").get("url").asText());
        assertNull(ferry.get("text"));
        assertTrue(ferry.get("numbers").size() >= 2);
        assertEquals(null, ferry.get("metadata").get("words"), "a field Lede does not read is left out");
        JsonNode market = records.stream().filter(r -> r.get("id").asText().equals("market")).findFirst()
                .orElseThrow();
        assertEquals("https://example.org/market", market.get("metadata").get("url").asText(),
                "the url of a nested metadata object, as the CLI reads it");
        assertEquals("regions", market.get("metadata").get("section").asText());
    }

    @Test
    void inferringTheSchemaKeepsEveryFieldAsAColumn() throws IOException {
        String out = dir.resolve("out-inferred").toString();
        LedeJob.parse("--input", jsonLines().toString(), "--output", out, "--analyzers", "number", "--infer-schema")
                .run(spark);
        Dataset<Row> back = spark.read().parquet(out);
        assertEquals(60L, (long) back.where("id = 'ferry'").first().getAs("words"));
        assertEquals("regions", back.where("id = 'market'").selectExpr("metadata.section").first().getString(0));
    }

    @Test
    void aMistakeInTheArgumentsIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = LedeJob.execute(new String[]{"--output", "x"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--input"), err.toString(StandardCharsets.UTF_8));
    }
}
