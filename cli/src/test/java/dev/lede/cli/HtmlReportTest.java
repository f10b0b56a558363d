package dev.lede.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.json.LedeJson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.lede.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code lede extract --format html}: one report for the batch, each view with the JSON's spans. */
class HtmlReportTest {
    @TempDir
    Path dir;
    @TempDir
    Path outDir; // not the input directory, which is read again for the JSON

    @Test
    void theReportHasAnIndexAndOneViewPerInputWithTheSpansOfTheJson() throws Exception {
        Fixtures.write(dir, "a-bridge.txt", Fixtures.BRIDGE);
        Fixtures.writeBroken(dir, "b-broken.txt");
        Fixtures.write(dir, "c-mine.txt", Fixtures.MINE);
        Path report = outDir.resolve("report.html");
        CliRun html = run("extract", "--analyzers", "number", "--format", "html", "-o", report.toString(), dir.toString());
        assertEquals(0, html.exit(), html.err());
        CliRun json = run("extract", "--analyzers", "number", "--format", "json", dir.toString());
        JsonNode results = LedeJson.mapper().readTree(json.out());

        Document doc = Jsoup.parse(Files.readString(report));
        assertEquals(3, doc.select(".lede-index li").size());
        assertEquals(3, doc.select("article.lede-view").size());
        int numbers = 0;
        for (int i = 0; i < results.size(); i++) {
            Element view = doc.getElementById("v" + (i + 1));
            assertEquals(results.get(i).path("id").asText(), view.attr("data-doc-id"));
            assertEquals(results.get(i).path("numbers").size(), view.select(".lede-text [data-layer=numbers]").size());
            numbers += results.get(i).path("numbers").size();
        }
        assertTrue(numbers > 0, "the fixtures have numbers");
        assertTrue(doc.getElementById("v2").selectFirst(".lede-errors").text().contains("input"), "the broken input's error shows");
        assertTrue(doc.select("script[src], link").isEmpty());
    }
}
