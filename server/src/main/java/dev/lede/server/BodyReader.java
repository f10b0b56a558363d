package dev.lede.server;

import org.eclipse.jetty.io.EndPoint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * Reads a request body under the {@link HttpLimits}: no more than the size limit (413), the whole of it within the
 * body timeout, at an average of at least the minimum rate once the grace period has passed, and never stalled for
 * longer than the stall timeout (408 for each). A slow client therefore holds an HTTP thread for seconds, never a
 * concurrency permit: the extract handler reads the body before it takes one.
 *
 * <p>Why not Jetty's {@code MinimumDataRateHandler}: it checks the rate only when the application reads, so a client
 * that stops sending blocks the read until the idle timeout; here the connection's idle timeout is lowered to the
 * stall timeout while the body is read, and the rate and deadline are checked after every chunk.
 */
final class BodyReader {
    private static final int CHUNK = 16 * 1024;

    private final long maxBytes;
    private final HttpLimits limits;
    private final LongSupplier nanoClock;

    BodyReader(long maxBytes, HttpLimits limits, LongSupplier nanoClock) {
        this.maxBytes = maxBytes;
        this.limits = limits;
        this.nanoClock = nanoClock;
    }

    /**
     * @param endPoint the connection's end point, whose idle timeout bounds a stalled read; null to leave it alone
     * @throws ApiError             413 over the size limit, 408 too slow or stalled
     * @throws ClientDisconnected   when the client closed the connection before the body was complete
     */
    byte[] read(InputStream in, EndPoint endPoint) {
        long idleBefore = endPoint == null ? 0 : endPoint.getIdleTimeout();
        if (endPoint != null) {
            endPoint.setIdleTimeout(Math.min(idleBefore > 0 ? idleBefore : Long.MAX_VALUE, limits.bodyStall().toMillis()));
        }
        long start = nanoClock.getAsLong();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        try {
            while (true) {
                int n;
                try {
                    n = in.read(chunk);
                } catch (IOException e) {
                    if (timedOut(e)) {
                        throw ApiError.bodyTimeout("no request body bytes for " + limits.bodyStall().toMillis()
                                + " ms; send the body without pauses");
                    }
                    throw new ClientDisconnected("while sending the request body, after " + body.size() + " bytes", e);
                }
                if (n < 0) {
                    return body.toByteArray();
                }
                body.write(chunk, 0, n);
                if (body.size() > maxBytes) {
                    throw ApiError.tooLarge(maxBytes);
                }
                checkPace(body.size(), nanoClock.getAsLong() - start);
            }
        } finally {
            if (endPoint != null) {
                endPoint.setIdleTimeout(idleBefore);
            }
        }
    }

    private void checkPace(long bytes, long elapsedNanos) {
        if (elapsedNanos > limits.bodyTimeout().toNanos()) {
            throw ApiError.bodyTimeout("the request body took longer than " + limits.bodyTimeout().toMillis() + " ms");
        }
        if (elapsedNanos > HttpLimits.BODY_RATE_GRACE.toNanos()
                && bytes * 1_000_000_000.0 / elapsedNanos < limits.minBodyRate()) {
            throw ApiError.bodyTimeout("the request body arrives slower than " + limits.minBodyRate() + " bytes/s");
        }
    }

    // Jetty fails a read that waited longer than the idle timeout with a TimeoutException somewhere in the chain.
    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
