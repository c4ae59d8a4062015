package io.perfagent.core.sink.hlog;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.HdrHistogram.Histogram;

/**
 * One key's combined figures from {@code perfagent merge}: the measure ({@code latency} in ns, {@code alloc} in
 * bytes, or whatever precedes the tag's first colon), the decoded key and the exact count, percentiles and max of the
 * summed histogram. Immutable.
 */
@JsonPropertyOrder({"measure", "key", "unit", "count", "p50", "p95", "p99", "max"})
public record MergedRow(String measure, String key, String unit, long count, long p50, long p95, long p99, long max) {

    static MergedRow of(String tag, Histogram h) {
        int colon = tag.indexOf(':');
        String measure = colon < 0 ? "" : tag.substring(0, colon);
        String key = colon < 0 ? tag : tag.substring(colon + 1);
        String unit = switch (measure) {
            case "latency" -> "ns";
            case "alloc" -> "bytes";
            default -> "";
        };
        return new MergedRow(measure, key, unit, h.getTotalCount(), h.getValueAtPercentile(50),
                h.getValueAtPercentile(95), h.getValueAtPercentile(99), h.getMaxValue());
    }
}
