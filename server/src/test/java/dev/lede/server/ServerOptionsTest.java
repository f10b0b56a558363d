package dev.lede.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.analyzer.Analyzer;
import dev.lede.analyzer.AnalyzerContext;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.analyzer.OptionSpec;
import dev.lede.document.LayerKey;
import dev.lede.testkit.example.ShoutProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import static dev.lede.server.LedeServerTest.JSON;
import static dev.lede.server.LedeServerTest.get;
import static dev.lede.server.LedeServerTest.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Per-request options ({@code ?set=}), their checks, and analyzers skipped after the one they need failed. */
class ServerOptionsTest {
    static final LayerKey<String> ECHOES = LayerKey.of("echoes", String.class);
    static LedeServer server;

    /** Needs the shouts; has an option that only the service's start may set. */
    static final class Echo implements AnalyzerProvider {
        @Override
        public String name() {
            return "echo";
        }

        @Override
        public Set<LayerKey<?>> requires() {
            return Set.of(ShoutProvider.SHOUTS);
        }

        @Override
        public Set<LayerKey<?>> provides() {
            return Set.of(ECHOES);
        }

        @Override
        public List<OptionSpec> options() {
            return List.of(OptionSpec.choice("mode", "loud", "how to echo", "loud", "soft"));
        }

        @Override
        public Analyzer create(AnalyzerContext context) {
            String mode = context.config().get("mode", "loud");
            return doc -> doc.put(ECHOES, doc.layer(ShoutProvider.SHOUTS).stream().map(s -> mode + " " + s.text())
                    .toList());
        }
    }

    @BeforeAll
    static void start() {
        server = LedeServer.start(TestAnalyzers.factory(new ShoutProvider(), new Echo()),
                ServerConfig.defaults().withPort(0).withAnalyzers(List.of("echo")).withThreads(1));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> extract(String query) throws Exception {
        return post(server, "/v1/extract" + query, "text/plain", "The UN and NATO met.");
    }

    @Test
    void aPerRequestOptionChangesThatRequestOnly() throws Exception {
        HttpResponse<String> failing = extract("?set=shout.failOn=NATO");
        assertEquals(200, failing.statusCode(), failing.body());
        JsonNode errors = JSON.readTree(failing.body()).path("errors");
        assertEquals("shout", errors.get(0).path("analyzer").asText());
        assertEquals("{\"analyzer\":\"echo\",\"skipped\":\"needs shout, which failed\"}", errors.get(1).toString());
        assertTrue(JSON.readTree(failing.body()).path("echoes").isMissingNode(), failing.body());

        HttpResponse<String> plain = extract("");
        assertEquals("[\"loud UN\",\"loud NATO\"]", JSON.readTree(plain.body()).path("echoes").toString());
        assertEquals(0, JSON.readTree(plain.body()).path("errors").size());
    }

    @Test
    void unknownKeysBadValuesAndStartOnlyOptionsAre400() throws Exception {
        HttpResponse<String> unknown = extract("?set=shout.nosuch=1");
        LedeServerTest.assertError(unknown, 400, "bad_option");
        assertTrue(unknown.body().contains("valid keys: shout.failOn"), unknown.body());

        HttpResponse<String> startOnly = extract("?set=echo.mode=soft");
        LedeServerTest.assertError(startOnly, 400, "bad_option");
        assertTrue(startOnly.body().contains("cannot be set per request"), startOnly.body());

        LedeServerTest.assertError(extract("?set=nodot"), 400, "bad_request");
        LedeServerTest.assertError(extract("?set=nosuch.key=1"), 404, "unknown_analyzer");
    }

    @Test
    void analyzersShowOriginVersionSpiAndOptions() throws Exception {
        JsonNode list = JSON.readTree(get(server, "/v1/analyzers").body());
        JsonNode echo = null;
        for (JsonNode a : list) {
            if (a.path("name").asText().equals("echo")) {
                echo = a;
            }
        }
        assertTrue(echo != null, list.toString());
        assertEquals("built-in", echo.path("origin").asText());
        assertEquals(1, echo.path("spiVersion").asInt());
        assertEquals("{\"name\":\"mode\",\"type\":\"choice\",\"defaultValue\":\"loud\",\"description\":\"how to echo\","
                + "\"perRequest\":false,\"choices\":[\"loud\",\"soft\"]}", echo.path("options").get(0).toString());
    }

    @Test
    void aBadOptionAtStartIsRefused() {
        ServerConfig config = ServerConfig.defaults().withPort(0).withAnalyzers(List.of("echo"))
                .withConfigs(java.util.Map.of("echo", new dev.lede.analyzer.AnalyzerConfig(
                        java.util.Map.of("mode", "whisper"))));
        dev.lede.plugin.OptionException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.lede.plugin.OptionException.class,
                () -> LedeServer.start(TestAnalyzers.factory(new ShoutProvider(), new Echo()), config));
        assertEquals("option 'echo.mode' wants one of: loud, soft, got 'whisper'", e.getMessage());
    }
}
