package io.perfagent.core.slow;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lets at most {@code max} events through per window of fixed length (the flush interval), counted from creation.
 * Lock-free; any thread. At a window change two racing threads may let one or two more events through than the
 * limit: a log line too many is harmless, blocking a slow application thread would not be.
 */
final class IntervalRateLimit {

    private final long origin;
    private final long windowNanos;
    private final int max;
    private final AtomicLong window = new AtomicLong();
    private final AtomicInteger used = new AtomicInteger();

    IntervalRateLimit(long originNanos, long windowNanos, int max) {
        this.origin = originNanos;
        this.windowNanos = Math.max(1, windowNanos);
        this.max = max;
    }

    boolean tryAcquire(long nowNanos) {
        long current = (nowNanos - origin) / windowNanos;
        long seen = window.get();
        if (current > seen && window.compareAndSet(seen, current)) {
            used.set(0);
        }
        return used.incrementAndGet() <= max;
    }
}
