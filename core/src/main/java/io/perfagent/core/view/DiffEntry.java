package io.perfagent.core.view;

/**
 * One key present before and after: the change in p50, p99 and allocation p99 in percent ({@code NaN} when either
 * side lacks the value or the before value is zero) and whether any of them grew beyond the threshold. Immutable.
 */
public record DiffEntry(MetricRow before, MetricRow after, double p50Pct, double p99Pct, double allocP99Pct,
                        boolean regressed) {

    static DiffEntry of(MetricRow before, MetricRow after, double thresholdPct) {
        double p50 = change(before.p50(), after.p50());
        double p99 = change(before.p99(), after.p99());
        double alloc = change(before.allocP99(), after.allocP99());
        boolean regressed = p50 > thresholdPct || p99 > thresholdPct || alloc > thresholdPct;
        return new DiffEntry(before, after, p50, p99, alloc, regressed);
    }

    static double change(long before, long after) {
        if (before <= 0 || after == MetricRow.NONE) {
            return Double.NaN;
        }
        return (after - before) * 100.0 / before;
    }

    public String key() {
        return after.key();
    }

    public String kind() {
        return after.kind();
    }

    /** The largest of the three changes, for ordering the diff worst-first. */
    double worst() {
        double w = Double.NEGATIVE_INFINITY;
        for (double v : new double[] {p50Pct, p99Pct, allocP99Pct}) {
            if (!Double.isNaN(v)) {
                w = Math.max(w, v);
            }
        }
        return w;
    }
}
