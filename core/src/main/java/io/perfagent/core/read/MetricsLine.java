package io.perfagent.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * One {@code interval} or {@code summary} line of a report: who wrote it, the time span it covers and its raw metric
 * objects (turned into table rows by {@code io.perfagent.core.view.MetricRow#fromJson}). Metrics stay as JSON so that
 * fields added by a later perfagent survive until a reader knows them.
 *
 * <p>Immutable apart from the {@link JsonNode}s, which nobody mutates after parsing; safe to share between threads.
 *
 * @param source where the line came from, {@code file:line}, for messages
 */
public record MetricsLine(String type, String app, long pid, String host, Instant start, Instant end,
                          List<JsonNode> metrics, String source) {

    public MetricsLine {
        metrics = List.copyOf(metrics);
    }

    public boolean isSummary() {
        return "summary".equals(type);
    }

    /** Identifies the writing process; a directory may hold several runs or several JVMs. */
    public String process() {
        return process(app, pid);
    }

    /** How a line that names its writer's app and pid identifies the process. */
    public static String process(String app, long pid) {
        return app + "-" + pid;
    }
}
