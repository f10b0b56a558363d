package dev.lede.server;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static dev.lede.server.LedeServerTest.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clients that send slowly or not at all cost a connection for a bounded time, never a concurrency permit. */
class SlowClientsTest {
    private static final String SLOW_REQUEST_HEAD = "POST /v1/extract HTTP/1.1\r\nHost: x\r\n"
            + "Content-Type: text/plain\r\nContent-Length: 1000\r\n\r\n";

    private static LedeServer start(HttpLimits http, int maxConcurrent) {
        return LedeServer.start(TestAnalyzers.factory(), ServerConfig.defaults().withPort(0)
                .withAnalyzers(List.of("text")).withThreads(2).withMaxConcurrent(maxConcurrent).withHttp(http)
                .withStopTimeout(Duration.ofMillis(500)));
    }

    @Test
    void sixteenUploadsAtOneBytePerSecondLeaveANormalRequestAnswered() throws Exception {
        // No minimum rate and a long deadline: the slow uploads stay for the whole test, and one permit only, so
        // the normal request is answered only if the slow ones hold none.
        HttpLimits patient = HttpLimits.DEFAULT.withMinBodyRate(0).withBodyTimeout(Duration.ofMinutes(1));
        String article = Files.readString(Path.of("../examples/sample-article.txt"));
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        List<RawHttp> slow = new ArrayList<>();
        try (LedeServer server = start(patient, 1)) {
            assertEquals(200, post(server, "/v1/extract", "text/plain", article).statusCode()); // warm-up
            for (int i = 0; i < 16; i++) {
                RawHttp c = new RawHttp(server.port());
                c.send(SLOW_REQUEST_HEAD);
                slow.add(c);
            }
            trickle.scheduleAtFixedRate(() -> slow.forEach(SlowClientsTest::sendOneByte), 0, 1, TimeUnit.SECONDS);
            Thread.sleep(1500); // every slow upload is under way

            long t0 = System.nanoTime();
            HttpResponse<String> res = post(server, "/v1/extract?id=sample", "text/plain", article);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);

            assertEquals(200, res.statusCode(), res.body());
            assertTrue(res.body().contains("\"id\":\"sample\""), res.body());
            assertTrue(millis < 2000, "answered in " + millis + " ms beside 16 slow uploads");
        } finally {
            trickle.shutdownNow();
            for (RawHttp c : slow) {
                c.close();
            }
        }
    }

    @Test
    void anUploadBelowTheMinimumRateGets408AndItsConnectionClosed() throws Exception {
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try (LedeServer server = start(HttpLimits.DEFAULT, 2); RawHttp c = new RawHttp(server.port())) {
            c.send(SLOW_REQUEST_HEAD);
            trickle.scheduleAtFixedRate(() -> sendOneByte(c), 0, 500, TimeUnit.MILLISECONDS);
            String answer = c.readUntilClosed(10_000);
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("\"code\":\"body_timeout\""), answer);
            assertTrue(answer.contains("Connection: close"), answer);
            assertTrue(c.closedByServer(2000), "connection closed after the 408");
        } finally {
            trickle.shutdownNow();
        }
    }

    @Test
    void anUploadThatStallsGets408() throws Exception {
        HttpLimits stallFast = HttpLimits.DEFAULT.withBodyStall(Duration.ofMillis(300));
        try (LedeServer server = start(stallFast, 2); RawHttp c = new RawHttp(server.port())) {
            c.send(SLOW_REQUEST_HEAD + "The first words and then nothing");
            String answer = c.readUntilClosed(10_000);
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("no request body bytes for 300 ms"), answer);
        }
    }

    @Test
    void headersTrickledPastTheHeaderTimeoutCloseTheConnection() throws Exception {
        HttpLimits quick = HttpLimits.DEFAULT.withHeaderTimeout(Duration.ofMillis(500));
        try (LedeServer server = start(quick, 2); RawHttp c = new RawHttp(server.port())) {
            c.send("GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ");
            boolean cut = false;
            for (int i = 0; i < 30 && !cut; i++) { // up to 6 s of one header byte every 200 ms
                Thread.sleep(200);
                cut = !sendOneByte(c);
            }
            assertTrue(cut || c.closedByServer(2000), "the server closed a connection whose headers never ended");
        }
    }

    @Test
    void aKeepAliveConnectionServesRequestsWithinTheHeaderTimeout() throws Exception {
        HttpLimits quick = HttpLimits.DEFAULT.withHeaderTimeout(Duration.ofSeconds(5));
        try (LedeServer server = start(quick, 2); RawHttp c = new RawHttp(server.port())) {
            for (int i = 0; i < 3; i++) {
                c.send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
                String answer = c.readUntilClosed(500);
                assertTrue(answer.startsWith("HTTP/1.1 200"), "request " + i + ": " + answer);
            }
        }
    }

    // One body byte; false when the server has closed the connection.
    private static boolean sendOneByte(RawHttp c) {
        try {
            c.send("a");
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
