package dev.lede.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dev.lede.server.LedeServerTest.JSON;
import static dev.lede.server.LedeServerTest.assertError;
import static dev.lede.server.LedeServerTest.get;
import static dev.lede.server.LedeServerTest.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Concurrency bound and graceful shutdown, with an analyzer the test holds and releases. */
class ServerLimitsTest {

    private static LedeServer start(TestAnalyzers.Blocking blocking) {
        return LedeServer.start(TestAnalyzers.factory(blocking),
                ServerConfig.defaults().withPort(0).withAnalyzers(List.of("text")).withThreads(2).withMaxConcurrent(1));
    }

    @Test
    void aRequestOverTheConcurrencyBoundIs503NotQueued() throws Exception {
        TestAnalyzers.Blocking blocking = new TestAnalyzers.Blocking();
        try (LedeServer server = start(blocking)) {
            CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(() -> call(() ->
                    post(server, "/v1/extract?analyzers=blocking", "text/plain", "Held. Until released.")));
            assertTrue(blocking.entered.await(10, TimeUnit.SECONDS), "first request reached the analyzer");

            HttpResponse<String> refused = post(server, "/v1/extract", "text/plain", "Second request.");
            assertError(refused, 503, "saturated");
            assertEquals("1", refused.headers().firstValue("Retry-After").orElse("none"));

            blocking.release.countDown();
            HttpResponse<String> first = held.get(10, TimeUnit.SECONDS);
            assertEquals(200, first.statusCode(), first.body());
            // The first response is flushed just before its slot is given back, so allow that moment to pass.
            assertEquals(200, awaitServed(server, "Third request.").statusCode());
        }
    }

    @Test
    void shutdownLetsTheRequestInFlightFinishAndRefusesNewOnes() throws Exception {
        TestAnalyzers.Blocking blocking = new TestAnalyzers.Blocking();
        LedeServer server = start(blocking);
        CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(() -> call(() ->
                post(server, "/v1/extract?analyzers=blocking", "text/plain", "Held. Until released.")));
        assertTrue(blocking.entered.await(10, TimeUnit.SECONDS));

        CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
        // The service drains before it stops listening: while the held request runs, health says "stopping"
        // and new work is refused.
        HttpResponse<String> health = awaitStopping(server);
        assertEquals(503, health.statusCode());
        HttpResponse<String> late = post(server, "/v1/extract", "text/plain", "Late request.");
        assertError(late, 503, "stopping");
        assertTrue(late.headers().firstValue("Retry-After").isPresent(), "503 carries Retry-After");

        blocking.release.countDown();
        HttpResponse<String> first = held.get(10, TimeUnit.SECONDS);
        assertEquals(200, first.statusCode(), first.body());
        JsonNode doc = JSON.readTree(first.body());
        assertEquals("released", doc.path("held").get(0).asText());
        closing.get(30, TimeUnit.SECONDS);
    }

    // Posts until the request is served (bounded by the number of tries), returning the last response.
    private static HttpResponse<String> awaitServed(LedeServer server, String text) throws Exception {
        HttpResponse<String> res = null;
        for (int i = 0; i < 200; i++) {
            res = post(server, "/v1/extract", "text/plain", text);
            if (res.statusCode() != 503) {
                return res;
            }
            Thread.sleep(25);
        }
        return res;
    }

    // Waits (bounded by the number of tries, not by a timing assumption) until close() has begun draining.
    private static HttpResponse<String> awaitStopping(LedeServer server) throws Exception {
        HttpResponse<String> res = null;
        for (int i = 0; i < 200; i++) {
            res = get(server, "/health");
            if (res.statusCode() == 503) {
                return res;
            }
            Thread.sleep(25);
        }
        return res;
    }

    interface IoCall<T> {
        T call() throws Exception;
    }

    private static <T> T call(IoCall<T> c) {
        try {
            return c.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
