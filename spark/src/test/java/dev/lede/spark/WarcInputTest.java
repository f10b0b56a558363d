package dev.lede.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Web archives read on the executors by Lede's WARC reader, one article per HTML page. */
class WarcInputTest {
    private final SparkSession spark = LocalSpark.session();

    @TempDir
    Path dir;

    private static WarcResponse page(int n, String url, MediaType type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(type, body.getBytes(StandardCharsets.UTF_8))
                .build();
        return new WarcResponse.Builder(URI.create(url))
                .recordId(URI.create("urn:uuid:00000000-0000-0000-0000-00000000000" + n))
                .date(Instant.parse("2026-04-01T12:00:00Z")).body(http).build();
    }

    private static String html(String title, String text) {
        return "<html><head><title>" + title + "</title></head><body><article><p>" + text.replace("\n\n", "</p><p>")
                + "</p></article></body></html>";
    }

    @Test
    void everyHtmlPageOfAnArchiveIsAnArticle() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        try (FileChannel out = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(out, WarcCompression.GZIP)) {
            writer.write(page(1, "https://news.example.ie/ferry", MediaType.HTML_UTF8,
                    html("Ferry service to resume", Articles.FERRY)));
            writer.write(page(2, "https://news.example.ie/logo.png", MediaType.parse("image/png"), "png"));
            writer.write(page(3, "https://news.example.no/storm", MediaType.HTML_UTF8, html("Storm", Articles.STORM)));
        }
        String out = dir.resolve("out").toString();

        LedeJob.Summary summary = LedeJob.parse("--input", warc.toString(), "--output", out, "--analyzers",
                "entity").run(spark);

        assertEquals(2, summary.articles(), "the image is not an article");
        Dataset<Row> back = spark.read().parquet(out);
        Row ferry = back.where("url = 'https://news.example.ie/ferry'").first();
        assertEquals("urn:uuid:00000000-0000-0000-0000-000000000001", ferry.getAs("id"));
        assertEquals("Ferry service to resume", ferry.getAs("title"));
        assertEquals("2026-04-01T12:00:00Z", ferry.<scala.collection.Map<String, String>>getAs("metadata")
                .get("fetchDate").get());
        assertTrue(ferry.<String>getAs("text").contains("Siobhan Murphy"));
        List<Row> entities = ferry.getList(ferry.fieldIndex("entities"));
        assertTrue(entities.stream().anyMatch(e -> "Siobhan Murphy".equals(e.getAs("name"))));
    }

    @Test
    void aBrokenArchiveKeepsWhatCameBeforeTheBreakAndSaysWhereItBroke() throws IOException {
        Path whole = dir.resolve("whole.warc");
        try (FileChannel out = FileChannel.open(whole, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(out, WarcCompression.NONE)) {
            writer.write(page(1, "https://news.example.fr/market", MediaType.HTML_UTF8,
                    html("Market", Articles.MARKET)));
            writer.write(page(2, "https://news.example.no/storm", MediaType.HTML_UTF8, html("Storm", Articles.STORM)));
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.warc");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 200));
        String out = dir.resolve("out-cut").toString();

        LedeJob.Summary summary = LedeJob.parse("--input", cut.toString(), "--output", out, "--analyzers",
                "number").run(spark);

        assertEquals(2, summary.articles());
        assertEquals(1, summary.withErrors());
        Row broken = spark.read().parquet(out).where("size(errors) > 0").first();
        Row error = broken.<Row>getList(broken.fieldIndex("errors")).get(0);
        assertEquals("input", error.getAs("analyzer"));
        assertTrue(error.<String>getAs("message").contains("unreadable after 1 record"), error.<String>getAs("message"));
    }
}
