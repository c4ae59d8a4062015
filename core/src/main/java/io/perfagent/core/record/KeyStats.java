package io.perfagent.core.record;

import org.HdrHistogram.Histogram;

/**
 * Latency and allocation histograms of one key, for the current interval and since start. Owned by the flush thread;
 * not thread-safe. Histograms auto-resize, so a key only pays for the value range it actually produces (a key whose
 * calls take 1-100 µs needs a few KB, not the ~37 KB of a fixed 1 ns-1 h histogram).
 */
final class KeyStats {

    private final int significantDigits;
    final Histogram intervalLatency;
    final Histogram totalLatency;
    Histogram intervalAlloc;
    Histogram totalAlloc;
    long intervalErrors;
    long totalErrors;
    /** Calls counted without a sample (see ThreadRecorder): part of the count, not of the percentiles. */
    long intervalUnsampled;
    long totalUnsampled;

    KeyStats(int significantDigits) {
        this.significantDigits = significantDigits;
        this.intervalLatency = newHistogram();
        this.totalLatency = newHistogram();
    }

    private Histogram newHistogram() {
        Histogram histogram = new Histogram(significantDigits);
        histogram.setAutoResize(true);
        return histogram;
    }

    void record(long latencyNanos, long allocatedBytes, boolean error) {
        intervalLatency.recordValue(latencyNanos);
        if (allocatedBytes >= 0) {
            intervalAlloc().recordValue(allocatedBytes);
        }
        if (error) {
            intervalErrors++;
        }
    }

    /** Calls an application thread counted itself, all in the bucket of {@code value} (see SampleConsumer). */
    void recordCounted(boolean secondValue, long value, long calls) {
        (secondValue ? intervalAlloc() : intervalLatency).recordValueWithCount(value, calls);
    }

    /** Created with the key's first allocation sample: a key timed without allocation tracking never pays for it. */
    private Histogram intervalAlloc() {
        if (intervalAlloc == null) {
            intervalAlloc = newHistogram();
            totalAlloc = newHistogram();
        }
        return intervalAlloc;
    }

    void recordUnsampled(long calls, long errors) {
        intervalUnsampled += calls;
        intervalErrors += errors;
    }

    long intervalCount() {
        return intervalLatency.getTotalCount() + intervalUnsampled;
    }

    long totalCount() {
        return totalLatency.getTotalCount() + totalUnsampled;
    }

    /** Folds the interval into the totals and clears it for the next one. */
    void endInterval() {
        totalLatency.add(intervalLatency);
        intervalLatency.reset();
        if (intervalAlloc != null) {
            totalAlloc.add(intervalAlloc);
            intervalAlloc.reset();
        }
        totalErrors += intervalErrors;
        intervalErrors = 0;
        totalUnsampled += intervalUnsampled;
        intervalUnsampled = 0;
    }
}
