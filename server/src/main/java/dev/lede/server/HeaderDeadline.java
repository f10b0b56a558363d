package dev.lede.server;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Closes a connection that spends longer than the header timeout between requests: waiting for the next request or
 * reading its headers. Jetty's idle timeout restarts on every byte, so a client sending a header byte every few
 * seconds (slowloris) would otherwise hold its connection for ever.
 *
 * <p>A {@link Connection.Listener} on the connector sees connections open and close; as the outermost handler it sees
 * each request start (its headers are complete) and end. A sweeper closes those idle past the deadline. Jetty has no
 * header-read timeout of its own, hence this class.
 */
final class HeaderDeadline extends Handler.Wrapper implements Connection.Listener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HeaderDeadline.class);

    private final long timeoutNanos;
    private final LongSupplier nanoClock;
    private final Map<Connection, State> open = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lede-header-deadline");
        t.setDaemon(true);
        return t;
    });

    HeaderDeadline(Duration timeout, LongSupplier nanoClock) {
        this.timeoutNanos = timeout.toNanos();
        this.nanoClock = nanoClock;
        long period = Math.max(50, Math.min(1000, timeout.toMillis() / 4));
        sweeper.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public void onOpened(Connection connection) {
        open.put(connection, new State(nanoClock.getAsLong()));
    }

    @Override
    public void onClosed(Connection connection) {
        open.remove(connection);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        State state = open.get(request.getConnectionMetaData().getConnection());
        if (state != null) {
            state.begin();
            Request.addCompletionListener(request, failure -> state.end(nanoClock.getAsLong()));
        }
        return super.handle(request, response, callback);
    }

    /** Connections tracked now (for tests). */
    int openConnections() {
        return open.size();
    }

    // Closes every connection that is between requests for longer than the timeout.
    private void sweep() {
        long now = nanoClock.getAsLong();
        open.forEach((connection, state) -> {
            if (state.idleLongerThan(timeoutNanos, now)) {
                LOG.debug("closing a connection that sent no complete request headers for {} ms",
                        TimeUnit.NANOSECONDS.toMillis(timeoutNanos));
                open.remove(connection);
                connection.close();
            }
        });
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }

    /** Requests in progress on one connection, and since when it has had none. */
    private static final class State {
        private int active;
        private long idleSince;

        State(long now) {
            this.idleSince = now;
        }

        synchronized void begin() {
            active++;
        }

        synchronized void end(long now) {
            active--;
            idleSince = now;
        }

        synchronized boolean idleLongerThan(long nanos, long now) {
            return active == 0 && now - idleSince > nanos;
        }
    }
}
