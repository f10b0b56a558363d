package dev.lede.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.lede.json.LedeJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service over real HTTP on a free port of 127.0.0.1. */
class LedeServerTest {
    static final ObjectMapper JSON = LedeJson.mapper();
    static final long MAX_BODY = 64 * 1024;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static LedeServer server;
    static String article;

    @BeforeAll
    static void start() throws IOException {
        article = fixture("council-vote.txt");
        server = LedeServer.start(TestAnalyzers.factory(new TestAnalyzers.Broken()),
                ServerConfig.defaults().withPort(0).withAnalyzers(List.of("text")).withThreads(2)
                        .withMaxBodyBytes(MAX_BODY).withStopTimeout(java.time.Duration.ofMillis(500)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = LedeServerTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static HttpResponse<String> post(LedeServer s, String pathAndQuery, String contentType, String body)
            throws IOException, InterruptedException {
        return post(s, pathAndQuery, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(LedeServer s, String pathAndQuery, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder req = HttpRequest.newBuilder(uri(s, pathAndQuery))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            req.header("Content-Type", contentType);
        }
        return HTTP.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(LedeServer s, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(s, path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static URI uri(LedeServer s, String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + s.port() + pathAndQuery);
    }

    static void assertError(HttpResponse<String> res, int status, String code) throws IOException {
        assertEquals(status, res.statusCode(), res.body());
        assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode error = JSON.readTree(res.body()).path("error");
        assertEquals(code, error.path("code").asText(), res.body());
        assertFalse(error.path("message").asText().isBlank());
    }

    @Test
    void plainTextBodyIsOneDocumentWithTheIdFromTheQuery() throws Exception {
        HttpResponse<String> res = post(server, "/v1/extract?id=news/council.v2", "text/plain; charset=utf-8", article);
        assertEquals(200, res.statusCode(), res.body());
        JsonNode doc = JSON.readTree(res.body());
        assertTrue(doc.isObject());
        assertEquals(1, doc.path("schema").asInt());
        assertEquals("news/council.v2", doc.path("id").asText());
        assertEquals(article, doc.path("text").asText());
        assertTrue(doc.path("tokens").size() > 20, "tokens layer present");
        assertTrue(doc.path("sentences").size() >= 2, "sentences layer present");
        assertEquals(0, doc.path("errors").size());
    }

    @Test
    void dateParameterBecomesTheMetadataDateOfDocumentsWithoutOne() throws Exception {
        JsonNode doc = JSON.readTree(post(server, "/v1/extract?date=2025-04-15", "text/plain", article).body());
        assertEquals("2025-04-15", doc.path("metadata").path("date").asText());
        String two = "[{\"id\":\"a\",\"text\":\"The ferry left.\"},"
                + "{\"id\":\"b\",\"text\":\"The ferry came back.\",\"date\":\"2024-01-02\"}]";
        JsonNode docs = JSON.readTree(post(server, "/v1/extract?date=2025-04-15T09:30:00", "application/json", two).body());
        assertEquals("2025-04-15T09:30:00", docs.get(0).path("metadata").path("date").asText());
        assertEquals("2024-01-02", docs.get(1).path("metadata").path("date").asText());
        assertError(post(server, "/v1/extract?date=15.04.2025", "text/plain", article), 400, "bad_request");
    }

    @Test
    void plainTextWithoutIdIsCalledDoc() throws Exception {
        JsonNode doc = JSON.readTree(post(server, "/v1/extract", "text/plain", article).body());
        assertEquals(ExtractRequest.DEFAULT_ID, doc.path("id").asText());
    }

    @Test
    void bodyInAnotherDeclaredCharsetIsDecoded() throws Exception {
        String text = "Café owners in Nîmes said prices rose 5%.";
        HttpResponse<String> res = post(server, "/v1/extract", "text/plain; charset=ISO-8859-1",
                text.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(200, res.statusCode(), res.body());
        assertEquals(text, JSON.readTree(res.body()).path("text").asText());
    }

    @Test
    void jsonObjectKeepsIdAndMetadata() throws Exception {
        String body = JSON.writeValueAsString(Map.of("id", "tram-1", "title", "Trams", "text", article));
        HttpResponse<String> res = post(server, "/v1/extract", "application/json", body);
        assertEquals(200, res.statusCode(), res.body());
        JsonNode doc = JSON.readTree(res.body());
        assertTrue(doc.isObject());
        assertEquals("tram-1", doc.path("id").asText());
        assertEquals("Trams", doc.path("metadata").path("title").asText());
    }

    @Test
    void aWebArchiveAnswersOneDocumentPerHtmlPage() throws Exception {
        java.io.ByteArrayOutputStream warc = new java.io.ByteArrayOutputStream();
        try (org.netpreserve.jwarc.WarcWriter writer = new org.netpreserve.jwarc.WarcWriter(
                java.nio.channels.Channels.newChannel(warc), org.netpreserve.jwarc.WarcCompression.GZIP)) {
            for (String name : List.of("trams", "buses")) {
                byte[] page = ("<html><body><article><p>The " + name + " run late, the city said on Monday, and "
                        + "commuters, who waited for an hour, were angry.</p></article></body></html>")
                        .getBytes(StandardCharsets.UTF_8);
                writer.write(new org.netpreserve.jwarc.WarcResponse.Builder("https://city.example/" + name)
                        .date(java.time.Instant.parse("2026-04-01T10:00:00Z"))
                        .body(new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
                                .body(org.netpreserve.jwarc.MediaType.HTML_UTF8, page).build())
                        .build());
            }
        }
        HttpResponse<String> res = post(server, "/v1/extract?analyzers=text", "application/warc", warc.toByteArray());
        assertEquals(200, res.statusCode(), res.body());
        JsonNode docs = JSON.readTree(res.body());
        assertTrue(docs.isArray());
        assertEquals(2, docs.size());
        assertTrue(docs.get(0).path("id").asText().startsWith("urn:uuid:"), docs.get(0).path("id").asText());
        assertEquals("https://city.example/buses", docs.get(1).path("metadata").path("url").asText());
        assertEquals("2026-04-01T10:00:00Z", docs.get(1).path("metadata").path("fetchDate").asText());
        assertEquals("The buses run late, the city said on Monday, and commuters, who waited for an hour, were angry.",
                docs.get(1).path("text").asText());
    }

    @Test
    void jsonArrayAnswersAnArrayInInputOrder() throws Exception {
        String body = JSON.writeValueAsString(List.of(
                Map.of("id", "b-second-name", "text", "Short one. Two sentences."),
                Map.of("id", "a-first-name", "text", article),
                Map.of("id", "c", "text", "Third.")));
        HttpResponse<String> res = post(server, "/v1/extract", "application/json", body);
        assertEquals(200, res.statusCode(), res.body());
        JsonNode docs = JSON.readTree(res.body());
        assertTrue(docs.isArray());
        assertEquals(List.of("b-second-name", "a-first-name", "c"),
                List.of(docs.get(0).path("id").asText(), docs.get(1).path("id").asText(), docs.get(2).path("id").asText()));
        assertEquals(article, docs.get(1).path("text").asText());
    }

    @Test
    void textFalseOmitsTheText() throws Exception {
        JsonNode doc = JSON.readTree(post(server, "/v1/extract?text=false", "text/plain", article).body());
        assertFalse(doc.has("text"));
        assertTrue(doc.path("tokens").size() > 0);
    }

    @Test
    void unknownAnalyzerIs404NamingItAndTheAvailableOnes() throws Exception {
        HttpResponse<String> res = post(server, "/v1/extract?analyzers=text,sentiment", "text/plain", article);
        assertError(res, 404, "unknown_analyzer");
        String message = JSON.readTree(res.body()).path("error").path("message").asText();
        assertTrue(message.contains("sentiment"), message);
        assertTrue(message.contains("text") && message.contains("broken"), message);
    }

    @Test
    void badJsonIs400() throws Exception {
        assertError(post(server, "/v1/extract", "application/json", "{\"id\": \"x\", \"text\": "), 400, "bad_request");
    }

    @Test
    void jsonWithoutTextIs400() throws Exception {
        assertError(post(server, "/v1/extract", "application/json", "{\"id\": \"x\"}"), 400, "bad_request");
    }

    @Test
    void badParametersAre400() throws Exception {
        assertError(post(server, "/v1/extract?text=maybe", "text/plain", article), 400, "bad_request");
        assertError(post(server, "/v1/extract?analyzers=,", "text/plain", article), 400, "bad_request");
    }

    @Test
    void emptyBodyIs400() throws Exception {
        assertError(post(server, "/v1/extract", "text/plain", ""), 400, "bad_request");
    }

    @Test
    void bodyOverTheLimitIs413() throws Exception {
        byte[] big = "word ".repeat((int) (MAX_BODY / 5) + 10).getBytes(StandardCharsets.UTF_8);
        assertError(post(server, "/v1/extract", "text/plain", big), 413, "body_too_large");
        // Without a Content-Length (chunked) the limit holds while reading.
        HttpResponse<String> chunked = HTTP.send(HttpRequest.newBuilder(uri(server, "/v1/extract"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertError(chunked, 413, "body_too_large");
    }

    @Test
    void unsupportedMediaTypeIs415() throws Exception {
        assertError(post(server, "/v1/extract", "application/xml", "<doc/>"), 415, "unsupported_media_type");
        assertError(post(server, "/v1/extract", null, article), 415, "unsupported_media_type");
    }

    @Test
    void analyzerThatCannotStartIs500() throws Exception {
        HttpResponse<String> res = post(server, "/v1/extract?analyzers=broken", "text/plain", article);
        assertError(res, 500, "analyzer_unavailable");
        assertTrue(res.body().contains("broken"), res.body());
    }

    @Test
    void unknownRouteIsJson404() throws Exception {
        assertError(get(server, "/v2/nothing"), 404, "not_found");
    }

    @Test
    void wrongMethodOnAKnownRouteIsJson405() throws Exception {
        HttpResponse<String> res = HTTP.send(HttpRequest.newBuilder(uri(server, "/v1/extract"))
                .PUT(HttpRequest.BodyPublishers.ofString(article)).build(), HttpResponse.BodyHandlers.ofString());
        assertError(res, 405, "method_not_allowed");
        assertEquals("POST", res.headers().firstValue("Allow").orElse("none"));
        assertEquals("GET", HTTP.send(HttpRequest.newBuilder(uri(server, "/health")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString()).headers().firstValue("Allow").orElse("none"));
    }

    @Test
    void jettysOwnErrorsAreJsonToo() throws Exception {
        // An ambiguous path and a malformed header are refused by Jetty before any route: still the JSON shape.
        String dotDot = RawHttp.exchange(server.port(), "GET /../health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(dotDot.startsWith("HTTP/1.1 400"), dotDot);
        assertTrue(dotDot.contains("application/json") && dotDot.contains("{\"error\":{\"code\":\"bad_request\""), dotDot);
        String badHeader = RawHttp.exchange(server.port(), "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX: \u0001\r\n\r\n");
        assertTrue(badHeader.startsWith("HTTP/1.1 400") && badHeader.contains("{\"error\":"), badHeader);
        assertFalse(badHeader.contains("<html"), badHeader);
    }

    @Test
    void aBadElementOfAnArrayIsAnErrorRecordInItsPlaceNotA400() throws Exception {
        HttpResponse<String> res = post(server, "/v1/extract?text=false", "application/json",
                "[{\"id\":\"a\",\"text\":\"One fine day.\"},{\"id\":\"b\"},{\"id\":\"c\",\"text\":7}]");
        assertEquals(200, res.statusCode(), res.body());
        JsonNode array = JSON.readTree(res.body());
        assertEquals(3, array.size());
        assertEquals("a", array.get(0).path("id").asText());
        assertEquals(0, array.get(0).path("errors").size());
        assertEquals("b", array.get(1).path("id").asText());
        assertEquals("input", array.get(1).path("errors").get(0).path("analyzer").asText());
        assertTrue(array.get(1).path("errors").get(0).path("message").asText().contains("missing \"text\""));
        assertEquals("c", array.get(2).path("id").asText());
        assertEquals(1, array.get(2).path("errors").size());
    }

    @Test
    void analyzersListsEachWithRequiresAndProvides() throws Exception {
        HttpResponse<String> res = get(server, "/v1/analyzers");
        assertEquals(200, res.statusCode());
        JsonNode list = JSON.readTree(res.body());
        JsonNode text = null;
        for (JsonNode a : list) {
            if (a.path("name").asText().equals("text")) {
                text = a;
            }
        }
        assertTrue(text != null, res.body());
        assertEquals(List.of("paragraphs", "sentences", "tokens"),
                JSON.convertValue(text.path("provides"), List.class));
        assertEquals(0, text.path("requires").size());
        assertEquals(2, list.size(), "text and broken");
    }

    @Test
    void healthSaysUpWithTheDefaultAnalyzers() throws Exception {
        HttpResponse<String> res = get(server, "/health");
        assertEquals(200, res.statusCode());
        JsonNode body = JSON.readTree(res.body());
        assertEquals("up", body.path("status").asText());
        assertEquals("text", body.path("analyzers").get(0).asText());
    }

    @Test
    void metricsCarryTheRouteTimerAndAnalyzerTimers() throws Exception {
        assertEquals(200, post(server, "/v1/extract", "text/plain", article).statusCode());
        HttpResponse<String> res = get(server, "/metrics");
        assertEquals(200, res.statusCode());
        String text = res.body();
        assertTrue(text.lines().anyMatch(l -> l.startsWith("lede_http_requests_seconds_count{")
                && l.contains("route=\"/v1/extract\"") && l.contains("method=\"POST\"") && l.contains("status=\"200\"")),
                text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("lede_analyzer_seconds_count{")
                && l.contains("analyzer=\"text\"")), text);
        assertTrue(text.contains("jvm_memory_used_bytes"), "JVM binders");
    }

    @Test
    void openApiContractListsExactlyTheRegisteredRoutes() throws Exception {
        HttpResponse<String> res = get(server, "/openapi.yaml");
        assertEquals(200, res.statusCode());
        JsonNode contract = new YAMLMapper().readTree(res.body());
        assertTrue(contract.path("openapi").asText().startsWith("3."));
        Set<String> documented = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + path.getKey()));
        }
        assertEquals(server.routes(), documented);
        assertTrue(documented.contains("POST /v1/extract"));
    }
}
