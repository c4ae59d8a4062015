package io.perfagent.core.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/**
 * Watches old-generation occupancy after GC for steady growth, the signature of a leak. The current streak is the
 * run of samples where each is at least the previous one; an equal sample only continues it when no GC ran in that
 * interval (the figure was simply not re-measured), and any fall starts a new streak. Growth holds when the last
 * {@code window} samples form such a streak and rose by more than {@code percent} % of max heap. A saw-tooth that
 * does not grow never forms a long enough streak (see {@code AlertRulesTest}). Not thread-safe.
 */
final class HeapGrowthDetector {

    /** The current streak's view: rise over the window so far, and the slope when {@code holds}. */
    record Growth(boolean holds, double risePercent, double slopeMbPerMin, int samples) {
    }

    private record Point(Instant end, long bytes) {
    }

    private static final double MIB = 1024.0 * 1024.0;

    private final int window;
    private final double percent;
    private final ArrayDeque<Point> streak = new ArrayDeque<>();

    HeapGrowthDetector(int window, double percent) {
        this.window = window;
        this.percent = percent;
    }

    Growth offer(Instant end, long oldGenAfterGcBytes, long maxHeapBytes, long gcCount) {
        Point last = streak.peekLast();
        if (last != null && (oldGenAfterGcBytes < last.bytes() || oldGenAfterGcBytes == last.bytes() && gcCount > 0)) {
            streak.clear();
        }
        streak.addLast(new Point(end, oldGenAfterGcBytes));
        while (streak.size() > window) {
            streak.removeFirst();
        }
        Point first = streak.peekFirst();
        long rise = oldGenAfterGcBytes - first.bytes();
        double risePercent = rise * 100.0 / maxHeapBytes;
        double minutes = Duration.between(first.end(), end).toMillis() / 60_000.0;
        double slope = minutes > 0 ? rise / MIB / minutes : 0;
        return new Growth(streak.size() >= window && risePercent > percent, risePercent, slope, streak.size());
    }
}
