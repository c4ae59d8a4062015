package io.perfagent.core.sink.prometheus;

/**
 * The cumulative {@code _count} and {@code _sum} of one summary series, and its quantiles over the last interval
 * (NaN when the key had no calls in it, as Prometheus expects of an empty window). Flush thread only; not
 * thread-safe.
 */
final class SeriesTotals {

    final String kind;
    final String key;
    long count;
    double sum;
    double p50 = Double.NaN;
    double p95 = Double.NaN;
    double p99 = Double.NaN;

    SeriesTotals(String kind, String key) {
        this.kind = kind;
        this.key = key;
    }

    void add(long calls, double mean, double q50, double q95, double q99) {
        count += calls;
        sum += mean * calls;
        p50 = q50;
        p95 = q95;
        p99 = q99;
    }

    void idle() {
        p50 = Double.NaN;
        p95 = Double.NaN;
        p99 = Double.NaN;
    }
}
