package dev.lede.server;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds how many extraction requests run at once. A request over the bound is refused at once (503) instead of
 * queueing behind slow ones; on shutdown the gate refuses new requests and waits for those in flight.
 */
final class RequestGate {
    private final int permits;
    private final Semaphore semaphore;
    private volatile boolean draining;

    RequestGate(int permits) {
        this.permits = permits;
        this.semaphore = new Semaphore(permits);
    }

    /** Takes a slot, or throws a 503 {@link ApiError} when all are taken or the service is stopping. */
    void enter() {
        if (draining) {
            throw ApiError.stopping();
        }
        if (!semaphore.tryAcquire()) {
            throw ApiError.saturated();
        }
        if (draining) { // shutdown began between the check above and taking the slot: do not start new work
            semaphore.release();
            throw ApiError.stopping();
        }
    }

    /** Returns the slot taken by {@link #enter()}. */
    void leave() {
        semaphore.release();
    }

    /** Whether shutdown has begun (health answers 503 from then on). */
    boolean draining() {
        return draining;
    }

    /**
     * Refuses new requests from now on and waits until the ones in flight have left, at most {@code timeout}.
     *
     * @return true when every request finished in time
     */
    boolean drain(Duration timeout) {
        draining = true;
        try {
            boolean all = semaphore.tryAcquire(permits, timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (all) {
                semaphore.release(permits);
            }
            return all;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
