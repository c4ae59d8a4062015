package io.perfagent.core.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * One row of the report table: the counts, latency percentiles (nanoseconds) and allocation percentiles (bytes) of
 * one method, SQL statement or pool. An allocation field is {@link #NONE} when no allocation was sampled (virtual
 * threads, allocation tracking off): absent, never zero.
 *
 * <p>Immutable; safe to share between threads.
 */
public record MetricRow(String kind, String key, String operation, String table, long count, long errors,
                        long p50, long p95, long p99, long p999, long max, long mean,
                        long allocP50, long allocP95, long allocP99, long allocMax, long totalTimeNs) {

    /** Marks a value that was not measured. */
    public static final long NONE = -1;

    /**
     * Reads one entry of a line's {@code metrics} array. Empty when the entry is not an object or has no
     * {@code key}; missing numbers read as {@link #NONE} (alloc, percentiles) or 0 (counts).
     */
    public static Optional<MetricRow> fromJson(JsonNode m) {
        if (m == null || !m.isObject() || !m.path("key").isTextual()) {
            return Optional.empty();
        }
        JsonNode lat = m.path("latency_ns");
        JsonNode alloc = m.path("alloc_bytes");
        long count = m.path("count").asLong(0);
        long mean = num(lat, "mean");
        return Optional.of(new MetricRow(m.path("kind").asText("method"), m.get("key").asText(),
                m.path("operation").asText(""), m.path("table").asText(""), count, m.path("errors").asLong(0),
                num(lat, "p50"), num(lat, "p95"), num(lat, "p99"), num(lat, "p999"), num(lat, "max"), mean,
                num(alloc, "p50"), num(alloc, "p95"), num(alloc, "p99"), num(alloc, "max"),
                mean == NONE ? 0 : mean * count));
    }

    private static long num(JsonNode parent, String field) {
        JsonNode v = parent.path(field);
        return v.isNumber() ? Math.round(v.asDouble()) : NONE;
    }

    public boolean hasAlloc() {
        return allocP99 != NONE;
    }

    /** Rows are matched across intervals, runs and baselines by kind and key together. */
    public String identity() {
        return kind + " " + key;
    }
}
