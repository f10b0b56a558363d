package dev.lede.server;

import org.eclipse.jetty.io.EofException;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;

/**
 * The client closed its connection before the exchange was complete. Nobody is left to answer, so this is logged
 * as one WARN line (no stack trace: it is the client's doing, not a fault of the service).
 */
final class ClientDisconnected extends RuntimeException {
    ClientDisconnected(String when, Throwable cause) {
        super("client closed the connection " + when + " (" + cause.getClass().getSimpleName() + ")", cause);
    }

    /** Whether {@code e} says the peer went away: Jetty's end-of-file, a closed channel, a reset or broken pipe. */
    static boolean isDisconnect(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ClientDisconnected || t instanceof EofException || t instanceof ClosedChannelException) {
                return true;
            }
            String m = t.getMessage();
            if (t instanceof IOException && m != null && (m.contains("Broken pipe") || m.contains("Connection reset"))) {
                return true;
            }
        }
        return false;
    }
}
