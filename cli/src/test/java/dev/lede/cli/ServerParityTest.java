package dev.lede.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.json.LedeJson;
import dev.lede.pipeline.PipelineFactory;
import dev.lede.server.LedeServer;
import dev.lede.server.ServerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP service and {@code lede extract} answer the same JSON for the same article. */
class ServerParityTest {
    @TempDir
    Path dir;

    @Test
    void sameArticleSameJsonOverHttpAndOnTheCommandLine() throws Exception {
        Path json = Fixtures.write(dir, "bridge.json", Fixtures.jsonDocument("bridge-1", "Bridge reopens",
                Fixtures.BRIDGE));
        Path text = Fixtures.write(dir, "mine.txt", Fixtures.MINE);
        PipelineFactory factory = PipelineFactory.create();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (LedeServer server = LedeServer.start(factory,
                ServerConfig.defaults().withPort(0).withThreads(1))) {
            String base = "http://127.0.0.1:" + server.port() + "/v1/extract";

            JsonNode cliJson = LedeJson.mapper().readTree(
                    CliRun.runWithStdin("", folders -> factory, "extract", json.toString()).out());
            HttpResponse<String> httpJson = http.send(HttpRequest.newBuilder(URI.create(base))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofFile(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, httpJson.statusCode(), httpJson.body());
            assertEquals(cliJson, LedeJson.mapper().readTree(httpJson.body()));
            assertTrue(cliJson.path("tokens").size() > 30);

            // Plain text: the same layers; the id comes from the file name on one side and ?id= on the other,
            // and file metadata only exists on the command line.
            ObjectNode cliText = (ObjectNode) LedeJson.mapper().readTree(
                    CliRun.runWithStdin("", folders -> factory, "extract", text.toString()).out());
            HttpResponse<String> httpText = http.send(HttpRequest.newBuilder(
                                    URI.create(base + "?id=" + cliText.path("id").asText()))
                            .header("Content-Type", "text/plain; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofString(Files.readString(text))).build(),
                    HttpResponse.BodyHandlers.ofString());
            ObjectNode serverText = (ObjectNode) LedeJson.mapper().readTree(httpText.body());
            for (ObjectNode n : List.of(cliText, serverText)) {
                n.remove("metadata");
            }
            assertEquals(cliText, serverText);
        }
    }
}
