package io.perfagent.core.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.HdrHistogram.Histogram;

/**
 * The percentile block of one metric, in the unit its field name carries ({@code latency_ns}, {@code alloc_bytes}).
 * {@code p999} is given for latency only; {@code samples} only when the block describes fewer calls than the metric
 * counts (an allocation block where some calls had no sample: virtual threads beside platform threads). Immutable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Percentiles(long p50, long p95, long p99, Long p999, long max, double mean, Long samples) {

    public Percentiles(long p50, long p95, long p99, Long p999, long max, double mean) {
        this(p50, p95, p99, p999, max, mean, null);
    }

    public static Percentiles of(Histogram histogram, boolean withP999) {
        return of(histogram, withP999, histogram.getTotalCount());
    }

    /** With {@code samples} written when {@code histogram} holds fewer values than the {@code calls} it stands for. */
    public static Percentiles of(Histogram histogram, boolean withP999, long calls) {
        long samples = histogram.getTotalCount();
        return new Percentiles(
                histogram.getValueAtPercentile(50),
                histogram.getValueAtPercentile(95),
                histogram.getValueAtPercentile(99),
                withP999 ? histogram.getValueAtPercentile(99.9) : null,
                histogram.getMaxValue(),
                Math.round(histogram.getMean() * 10) / 10.0,
                samples < calls ? samples : null);
    }
}
