package io.perfagent.demo;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides whether a worker may start another request: either until a deadline or for an exact number of
 * requests shared by all workers. Thread-safe.
 */
final class RequestBudget {

    private final long deadlineNanos;
    private final long maxRequests;
    private final AtomicLong tickets = new AtomicLong();

    private RequestBudget(long deadlineNanos, long maxRequests) {
        this.deadlineNanos = deadlineNanos;
        this.maxRequests = maxRequests;
    }

    static RequestBudget forOptions(DemoOptions options) {
        return options.requests() > 0
                ? new RequestBudget(Long.MAX_VALUE, options.requests())
                : new RequestBudget(System.nanoTime() + options.durationSeconds() * 1_000_000_000L, 0);
    }

    boolean tryStart() {
        if (maxRequests > 0) {
            return tickets.getAndIncrement() < maxRequests;
        }
        return System.nanoTime() - deadlineNanos < 0;
    }
}
