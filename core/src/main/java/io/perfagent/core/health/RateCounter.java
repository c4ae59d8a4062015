package io.perfagent.core.health;

/**
 * Turns a cumulative counter (bytes read since boot) into a per-second rate between consecutive samples. The first
 * sample, and a counter that went backwards (a disk or interface disappeared), give 0 rather than a nonsense rate.
 * Not thread-safe; owned by one source.
 */
final class RateCounter {

    private long previous;
    private boolean seeded;

    long perSecond(long total, long elapsedNanos) {
        long delta = total - previous;
        boolean usable = seeded && elapsedNanos > 0 && delta >= 0;
        previous = total;
        seeded = true;
        return usable ? Math.round(delta * 1_000_000_000.0 / elapsedNanos) : 0;
    }
}
