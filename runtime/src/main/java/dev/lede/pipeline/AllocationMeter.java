package dev.lede.pipeline;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.LongAdder;

/**
 * The bytes of heap one analyzer allocated, added up over every document and worker thread: what {@code lede bench}
 * reports per token. Reads the JVM's per-thread allocation counter (HotSpot's {@code com.sun.management} extension,
 * a few tens of nanoseconds a call); where the JVM lacks it, nothing is counted and {@link #available} is false.
 */
final class AllocationMeter {
    private static final com.sun.management.ThreadMXBean THREADS = threadBean();
    private final LongAdder bytes = new LongAdder();

    private static com.sun.management.ThreadMXBean threadBean() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported() && t.isThreadAllocatedMemoryEnabled()) {
            return t;
        }
        return null;
    }

    /** True when this JVM counts the bytes each thread allocates. */
    static boolean available() {
        return THREADS != null;
    }

    /** The bytes the calling thread has allocated so far, or 0 when the JVM does not say. */
    static long ofThisThread() {
        return THREADS == null ? 0 : THREADS.getCurrentThreadAllocatedBytes();
    }

    void add(long allocated) {
        bytes.add(allocated);
    }

    /** The total so far. */
    long bytes() {
        return bytes.sum();
    }
}
