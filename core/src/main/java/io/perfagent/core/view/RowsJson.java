package io.perfagent.core.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perfagent.core.read.AlertLine;
import java.util.List;

/**
 * The table rows as one JSON object for scripts ({@code jq '.rows[] | .p99_ns'}): field names carry their unit, an
 * unmeasured value is {@code null}. The diff has its own shape with {@code regression} at the top. Stateless.
 */
public final class RowsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RowsJson() {
    }

    public static String rows(List<MetricRow> rows, List<AlertLine> activeAlerts, List<String> notes) {
        ObjectNode root = JSON.createObjectNode();
        root.put("approximate", !notes.isEmpty());
        notes.forEach(root.putArray("notes")::add);
        ArrayNode alerts = root.putArray("active_alerts");
        for (AlertLine a : activeAlerts) {
            alerts.addObject().put("rule", a.rule()).put("subject", a.subject()).put("value", a.value())
                    .put("threshold", a.threshold()).put("at", a.at().toString());
        }
        ArrayNode out = root.putArray("rows");
        rows.forEach(r -> row(out.addObject(), r));
        return root.toString();
    }

    public static String diff(Diff diff) {
        ObjectNode root = JSON.createObjectNode();
        root.put("threshold_pct", diff.thresholdPct());
        root.put("regression", diff.hasRegression());
        ArrayNode entries = root.putArray("entries");
        for (DiffEntry e : diff.entries()) {
            ObjectNode o = entries.addObject().put("kind", e.kind()).put("key", e.key())
                    .put("regressed", e.regressed());
            row(o.putObject("before"), e.before());
            row(o.putObject("after"), e.after());
            pct(o, "p50_change_pct", e.p50Pct());
            pct(o, "p99_change_pct", e.p99Pct());
            pct(o, "alloc_p99_change_pct", e.allocP99Pct());
        }
        diff.added().forEach(r -> row(root.withArray("new"), r));
        diff.gone().forEach(r -> row(root.withArray("gone"), r));
        return root.toString();
    }

    private static void row(ArrayNode array, MetricRow r) {
        row(array.addObject(), r);
    }

    private static void row(ObjectNode o, MetricRow r) {
        o.put("kind", r.kind()).put("key", r.key());
        if (!r.operation().isEmpty()) {
            o.put("operation", r.operation()).put("table", r.table());
        }
        o.put("count", r.count()).put("errors", r.errors());
        value(o, "p50_ns", r.p50());
        value(o, "p95_ns", r.p95());
        value(o, "p99_ns", r.p99());
        value(o, "p999_ns", r.p999());
        value(o, "max_ns", r.max());
        value(o, "mean_ns", r.mean());
        value(o, "total_time_ns", r.totalTimeNs());
        value(o, "alloc_p50_bytes", r.allocP50());
        value(o, "alloc_p95_bytes", r.allocP95());
        value(o, "alloc_p99_bytes", r.allocP99());
        value(o, "alloc_max_bytes", r.allocMax());
    }

    private static void value(ObjectNode o, String field, long v) {
        if (v == MetricRow.NONE) {
            o.putNull(field);
        } else {
            o.put(field, v);
        }
    }

    private static void pct(ObjectNode o, String field, double v) {
        if (Double.isNaN(v)) {
            o.putNull(field);
        } else {
            o.put(field, Math.round(v * 10) / 10.0);
        }
    }
}
