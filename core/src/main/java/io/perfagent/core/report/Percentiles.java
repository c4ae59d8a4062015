package io.perfagent.core.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.HdrHistogram.Histogram;

/**
 * The percentile block of one metric, in the unit its field name carries ({@code latency_ns}, {@code alloc_bytes}).
 * {@code p999} is given for latency only. Immutable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Percentiles(long p50, long p95, long p99, Long p999, long max, double mean) {

    public static Percentiles of(Histogram histogram, boolean withP999) {
        return new Percentiles(
                histogram.getValueAtPercentile(50),
                histogram.getValueAtPercentile(95),
                histogram.getValueAtPercentile(99),
                withP999 ? histogram.getValueAtPercentile(99.9) : null,
                histogram.getMaxValue(),
                Math.round(histogram.getMean() * 10) / 10.0);
    }
}
