package dev.lede.pipeline;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs document jobs, at most {@code threads} at a time, each under the time budget.
 *
 * <p>Why not a fixed thread pool: a job's slot is freed when its result completes, and for a job over budget that
 * is when the watchdog gives up on it, not when its thread comes back. An analyzer stuck in a loop that ignores
 * interrupts keeps its thread (a daemon), but can no longer take a worker away from every document behind it; with
 * a fixed pool, {@code threads} such documents stopped the pipeline for good.
 */
final class JobRunner implements AutoCloseable {
    private final int size;
    private final long budgetMillis;
    private final Semaphore slots;
    private final Queue<DocumentJob> waiting = new ConcurrentLinkedQueue<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(daemonThreads("lede-worker"));
    private final ScheduledExecutorService watchdog =
            Executors.newSingleThreadScheduledExecutor(daemonThreads("lede-watchdog"));
    private volatile boolean closed;

    JobRunner(int size, long budgetMillis) {
        this.size = size;
        this.budgetMillis = budgetMillis;
        this.slots = new Semaphore(size);
    }

    /**
     * Queues the job; it starts when a slot is free.
     *
     * @throws RejectedExecutionException after {@link #close()}
     */
    void submit(DocumentJob job) {
        if (closed) {
            throw new RejectedExecutionException("the pipeline is closed");
        }
        job.result.whenComplete((result, error) -> {
            slots.release();
            dispatch();
        });
        waiting.add(job);
        if (closed && waiting.remove(job)) { // closed meanwhile: close() may already have abandoned the queue
            throw new RejectedExecutionException("the pipeline is closed");
        }
        dispatch();
    }

    // Starts waiting jobs while slots are free. Re-checks the queue after giving a slot back, so a job queued
    // while this thread held the slot is not left waiting with every slot free.
    private void dispatch() {
        while (slots.tryAcquire()) {
            DocumentJob job = waiting.poll();
            if (job == null) {
                slots.release();
                if (waiting.isEmpty()) {
                    return;
                }
                continue;
            }
            try {
                threads.execute(() -> runWithBudget(job));
            } catch (RejectedExecutionException e) {
                job.abandon("the pipeline was closed before this document started"); // frees the slot
            }
        }
    }

    private void runWithBudget(DocumentJob job) {
        ScheduledFuture<?> timer;
        try {
            timer = watchdog.schedule(() -> job.expire(budgetMillis), budgetMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            job.abandon("the pipeline was closed before this document started");
            return;
        }
        try {
            job.run();
        } finally {
            timer.cancel(false);
        }
    }

    /**
     * Lets the jobs submitted so far finish, waiting at most one budget and a second, then stops the threads. Jobs
     * still waiting then complete with an error, so nobody waits on them forever.
     */
    @Override
    public void close() {
        closed = true;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budgetMillis + 1000);
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !slots.tryAcquire(size, left, TimeUnit.NANOSECONDS)) {
                    break;
                }
                if (waiting.isEmpty()) {
                    break; // idle; holding every slot keeps anything from starting now
                }
                slots.release(size);
                dispatch();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Threads first: a slot freed by abandoning a job below then cannot start another one.
        watchdog.shutdownNow();
        threads.shutdownNow();
        for (DocumentJob job; (job = waiting.poll()) != null; ) {
            job.abandon("the pipeline was closed before this document started");
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
