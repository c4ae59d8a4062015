package io.perfagent.core.record;

import io.perfagent.bootstrap.Recorders;
import io.perfagent.bootstrap.SampleConsumer;
import io.perfagent.bootstrap.Samples;
import io.perfagent.core.registry.KeyInfo;
import io.perfagent.core.registry.KeyRegistry;
import io.perfagent.core.report.MetricSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns raw samples drained from the application threads into per-key histograms, and histograms into
 * {@link MetricSummary} rows at the end of each interval. Flush thread only; not thread-safe.
 */
public final class Aggregator implements SampleConsumer {

    private final KeyRegistry registry;
    private final int significantDigits;
    private final KeyStats[] stats;

    public Aggregator(KeyRegistry registry, int significantDigits) {
        this.registry = registry;
        this.significantDigits = significantDigits;
        this.stats = new KeyStats[registry.capacity()];
        Recorders.setKeyCapacity(registry.capacity());
        Recorders.countHotKeys(significantDigits);
    }

    /** Moves everything the application threads have published so far into the histograms. */
    public void drain() {
        Recorders.drain(this);
    }

    /**
     * After a {@link #drain()} that ends an interval: also the calls of hot keys that a regular drain looks at only
     * now and then (see Recorders#drainAllCounts), so that the interval holds every call made before its end.
     */
    public void drainAllCounts() {
        Recorders.drainAllCounts(this);
    }

    @Override
    public void accept(long packed, long allocatedBytes) {
        KeyStats keyStats = statsOf(Samples.keyId(packed));
        if (keyStats != null) {
            keyStats.record(Samples.latencyNanos(packed), allocatedBytes, Samples.isError(packed));
        }
    }

    @Override
    public void acceptUnsampled(int keyId, long calls, long errors) {
        KeyStats keyStats = statsOf(keyId);
        if (keyStats != null) {
            keyStats.recordUnsampled(calls, errors);
        }
    }

    @Override
    public void acceptCounted(int keyId, boolean secondValue, long bucketValue, long calls) {
        KeyStats keyStats = statsOf(keyId);
        if (keyStats != null) {
            keyStats.recordCounted(secondValue, bucketValue, calls);
        }
    }

    @Override
    public void acceptCountedErrors(int keyId, long errors) {
        KeyStats keyStats = statsOf(keyId);
        if (keyStats != null) {
            keyStats.recordUnsampled(0, errors);
        }
    }

    private KeyStats statsOf(int id) {
        if (id < 0 || id >= stats.length) {
            return null; // cannot happen with ids from the registry; never let a bad id stop the drain
        }
        KeyStats keyStats = stats[id];
        if (keyStats == null) {
            keyStats = stats[id] = new KeyStats(significantDigits);
        }
        return keyStats;
    }

    /** Summaries of the interval just ended (keys without calls left out, p99 descending); starts the next one. */
    public List<MetricSummary> endInterval() {
        List<MetricSummary> rows = new ArrayList<>();
        for (int id = 0; id < stats.length; id++) {
            KeyStats keyStats = stats[id];
            if (keyStats != null && keyStats.intervalCount() > 0) {
                rows.add(MetricSummary.of(infoOf(id), keyStats.intervalLatency, keyStats.intervalAlloc,
                        keyStats.intervalErrors, keyStats.intervalUnsampled, true));
            }
            if (keyStats != null) {
                keyStats.endInterval();
            }
        }
        rows.sort(BY_P99_DESCENDING);
        return rows;
    }

    /** Summaries since start; call after {@link #endInterval()} so the last interval is included. */
    public List<MetricSummary> totals() {
        List<MetricSummary> rows = new ArrayList<>();
        for (int id = 0; id < stats.length; id++) {
            KeyStats keyStats = stats[id];
            if (keyStats != null && keyStats.totalCount() > 0) {
                rows.add(MetricSummary.of(infoOf(id), keyStats.totalLatency, keyStats.totalAlloc,
                        keyStats.totalErrors, keyStats.totalUnsampled, false));
            }
        }
        rows.sort(BY_P99_DESCENDING);
        return rows;
    }

    private KeyInfo infoOf(int id) {
        KeyInfo info = registry.info(id);
        return info != null ? info : new KeyInfo(id, "unknown", "<unknown key " + id + ">", null);
    }

    private static final Comparator<MetricSummary> BY_P99_DESCENDING = new ByP99Descending();

    /** Highest p99 first, then by key; a named class, not a comparator chain: the class is initialized in premain. */
    private static final class ByP99Descending implements Comparator<MetricSummary> {
        @Override
        public int compare(MetricSummary a, MetricSummary b) {
            int byP99 = Long.compare(b.latency().p99(), a.latency().p99());
            return byP99 != 0 ? byP99 : a.key().compareTo(b.key());
        }
    }
}
