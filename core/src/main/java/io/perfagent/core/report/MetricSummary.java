package io.perfagent.core.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.perfagent.core.registry.KeyInfo;
import org.HdrHistogram.Histogram;

/**
 * One key's figures over an interval (or since start, in the summary line). The JSON shape of a {@code metrics}
 * entry. Also carries copies of the histograms it was computed from, for sinks that need the whole distribution
 * (histogram log, Prometheus); those are not serialized. Immutable once built.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"kind", "key", "operation", "table", "count", "errors", "unsampled", "latency_ns", "alloc_bytes",
        "batch_size"})
public record MetricSummary(
        String kind,
        String key,
        String operation,
        String table,
        long count,
        long errors,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) long unsampled,
        @JsonProperty("latency_ns") Percentiles latency,
        @JsonProperty("alloc_bytes") Percentiles alloc,
        @JsonProperty("batch_size") Percentiles batchSize,
        @JsonIgnore Histogram latencyHistogram,
        @JsonIgnore Histogram allocHistogram) {

    /**
     * Builds a summary; {@code alloc} may be null or empty when no allocation sample was taken. {@code unsampled} calls
     * (counted while the drain was behind) add to {@code count} but not to the percentiles; the field is written only
     * when non-zero. For kind {@code sql} the second sample value is not bytes but the size of a batch execution
     * (see JdbcTimings), so that histogram becomes {@code batch_size}.
     */
    private static final String BATCH_KIND = "sql";

    public static MetricSummary of(KeyInfo info, Histogram latency, Histogram alloc, long errors, long unsampled,
                                   boolean copy) {
        boolean hasSecond = alloc != null && alloc.getTotalCount() > 0;
        boolean batches = hasSecond && BATCH_KIND.equals(info.kind());
        boolean hasAlloc = hasSecond && !batches;
        return new MetricSummary(
                info.kind(),
                info.key(),
                info.attributes().get("operation"),
                info.attributes().get("table"),
                latency.getTotalCount() + unsampled,
                errors,
                unsampled,
                Percentiles.of(latency, true),
                hasAlloc ? Percentiles.of(alloc, false, latency.getTotalCount()) : null,
                batches ? Percentiles.of(alloc, false) : null,
                copy ? latency.copy() : latency,
                hasAlloc ? (copy ? alloc.copy() : alloc) : null);
    }
}
