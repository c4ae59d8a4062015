package io.perfagent.core.view;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Combines rows of one key taken from several intervals (or several processes' summaries) into one row: counts,
 * errors and total time add exactly, max is the max, and every percentile and the mean is the count-weighted mean
 * of the parts' values. That weighting is an approximation (percentiles do not add); merging the HdrHistogram logs
 * is exact. Parts without a measured value do not take part in its mean. Stateless.
 */
final class RowCombiner {

    private RowCombiner() {
    }

    /** {@code parts} is non-empty and all parts share kind and key. */
    static MetricRow combine(List<MetricRow> parts) {
        MetricRow first = parts.get(0);
        if (parts.size() == 1) {
            return first;
        }
        long count = 0;
        long errors = 0;
        long total = 0;
        for (MetricRow r : parts) {
            count += r.count();
            errors += r.errors();
            total += r.totalTimeNs();
        }
        return new MetricRow(first.kind(), first.key(), first.operation(), first.table(), count, errors,
                weighted(parts, MetricRow::p50), weighted(parts, MetricRow::p95), weighted(parts, MetricRow::p99),
                weighted(parts, MetricRow::p999), max(parts, MetricRow::max), weighted(parts, MetricRow::mean),
                weighted(parts, MetricRow::allocP50), weighted(parts, MetricRow::allocP95),
                weighted(parts, MetricRow::allocP99), max(parts, MetricRow::allocMax), total);
    }

    private static long weighted(List<MetricRow> parts, ToLongFunction<MetricRow> field) {
        double sum = 0;
        long weight = 0;
        double plainSum = 0;
        int measured = 0;
        for (MetricRow r : parts) {
            long v = field.applyAsLong(r);
            if (v == MetricRow.NONE) {
                continue;
            }
            sum += (double) v * r.count();
            weight += r.count();
            plainSum += v;
            measured++;
        }
        if (measured == 0) {
            return MetricRow.NONE;
        }
        // Parts that all report zero calls (an idle pool) still have values worth showing: plain mean then.
        return Math.round(weight > 0 ? sum / weight : plainSum / measured);
    }

    private static long max(List<MetricRow> parts, ToLongFunction<MetricRow> field) {
        long max = MetricRow.NONE;
        for (MetricRow r : parts) {
            max = Math.max(max, field.applyAsLong(r));
        }
        return max;
    }
}
