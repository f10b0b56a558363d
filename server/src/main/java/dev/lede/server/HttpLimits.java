package dev.lede.server;

import java.time.Duration;

/**
 * How long and how slowly a client may take, and how many may wait, before the service gives up on it. Slow or
 * stalled clients hold only a connection and an HTTP thread (the body is read before a concurrency permit is
 * taken), and these limits bound those too.
 *
 * @param headerTimeout  a connection may spend at most this long between requests: waiting for or reading the next
 *                       request's headers (a client trickling header bytes is cut off, as is an idle keep-alive)
 * @param bodyTimeout    the whole request body must arrive within this; later, 408 and the connection is closed
 * @param minBodyRate    bytes per second a body must average once {@link #BODY_RATE_GRACE} has passed; slower, 408
 * @param bodyStall      the longest wait for the next body bytes; a client that sends nothing for this long gets 408
 * @param acceptQueue    connections the kernel may hold waiting to be accepted (the listen backlog)
 * @param maxConnections open connections at once; beyond, new ones wait in the accept queue
 * @param idleTimeout    Jetty's idle timeout while a request is being handled or its response written
 */
public record HttpLimits(Duration headerTimeout, Duration bodyTimeout, long minBodyRate, Duration bodyStall,
                         int acceptQueue, int maxConnections, Duration idleTimeout) {

    /** How long a body may take before its average rate is held against {@link #minBodyRate()}. */
    public static final Duration BODY_RATE_GRACE = Duration.ofSeconds(2);

    public static final HttpLimits DEFAULT = new HttpLimits(Duration.ofSeconds(10), Duration.ofSeconds(30), 1024,
            Duration.ofSeconds(5), 128, 1024, Duration.ofSeconds(30));

    public HttpLimits {
        requirePositive(headerTimeout, "header timeout");
        requirePositive(bodyTimeout, "body timeout");
        requirePositive(bodyStall, "body stall timeout");
        requirePositive(idleTimeout, "idle timeout");
        if (minBodyRate < 0 || acceptQueue < 1 || maxConnections < 1) {
            throw new IllegalArgumentException("the minimum body rate must not be negative, the accept queue and the "
                    + "connection limit must be at least 1");
        }
    }

    public HttpLimits withHeaderTimeout(Duration d) {
        return new HttpLimits(d, bodyTimeout, minBodyRate, bodyStall, acceptQueue, maxConnections, idleTimeout);
    }

    public HttpLimits withBodyTimeout(Duration d) {
        return new HttpLimits(headerTimeout, d, minBodyRate, bodyStall, acceptQueue, maxConnections, idleTimeout);
    }

    public HttpLimits withMinBodyRate(long bytesPerSecond) {
        return new HttpLimits(headerTimeout, bodyTimeout, bytesPerSecond, bodyStall, acceptQueue, maxConnections,
                idleTimeout);
    }

    public HttpLimits withBodyStall(Duration d) {
        return new HttpLimits(headerTimeout, bodyTimeout, minBodyRate, d, acceptQueue, maxConnections, idleTimeout);
    }

    public HttpLimits withAcceptQueue(int n) {
        return new HttpLimits(headerTimeout, bodyTimeout, minBodyRate, bodyStall, n, maxConnections, idleTimeout);
    }

    public HttpLimits withMaxConnections(int n) {
        return new HttpLimits(headerTimeout, bodyTimeout, minBodyRate, bodyStall, acceptQueue, n, idleTimeout);
    }

    private static void requirePositive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive");
        }
    }
}
