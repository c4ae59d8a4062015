package io.perfagent.core.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * One {@code "type":"interval"} or {@code "type":"summary"} line of the report: where it comes from, the time span,
 * the per-key metrics (p99 descending), the agent's own counters and, when enabled, the health block. Immutable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "version", "app", "pid", "host", "start", "end", "metrics", "agent", "health"})
public record ReportLine(
        String type,
        int version,
        String app,
        long pid,
        String host,
        String start,
        String end,
        List<MetricSummary> metrics,
        Map<String, Object> agent,
        Map<String, Object> health) {

    public static final int FORMAT_VERSION = 1;
    public static final String INTERVAL = "interval";
    public static final String SUMMARY = "summary";

    @JsonIgnore
    public boolean isSummary() {
        return SUMMARY.equals(type);
    }
}
