package io.perfagent.core.view;

import io.perfagent.core.read.AlertLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders rows as a plain-text table for people: the report command prints it, and the agent writes it to its
 * {@code -latest.txt} file. Alerts still firing are listed above the table; notes (such as "p-values combined")
 * below it. Stateless; returns a String and does no I/O.
 */
public final class TableView {

    /** Widest key column; longer keys are shortened by {@link KeyText}. */
    public static final int KEY_WIDTH = 60;

    private static final String[] HEADERS =
            {"kind", "key", "count", "errors", "p50", "p95", "p99", "max", "alloc p50", "alloc p99"};

    private TableView() {
    }

    public static String render(String title, List<MetricRow> rows) {
        return render(title, rows, List.of(), List.of());
    }

    public static String render(String title, List<MetricRow> rows, List<AlertLine> activeAlerts,
                                List<String> notes) {
        StringBuilder out = new StringBuilder(title).append('\n');
        if (!activeAlerts.isEmpty()) {
            out.append("ACTIVE ALERTS (").append(activeAlerts.size()).append(")\n");
            activeAlerts.forEach(a -> out.append("  ").append(alert(a)).append('\n'));
            out.append('\n');
        }
        if (rows.isEmpty()) {
            out.append("(no metrics)\n");
        } else {
            table(rows, out);
        }
        notes.forEach(n -> out.append("note: ").append(n).append('\n'));
        return out.toString();
    }

    static String alert(AlertLine a) {
        return String.format(Locale.ROOT, "%s  %s  value %s > threshold %s  since %s", a.rule(), a.subject(),
                AlertText.value(a.rule(), a.value()), AlertText.value(a.rule(), a.threshold()), a.at());
    }

    private static void table(List<MetricRow> rows, StringBuilder out) {
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADERS);
        rows.forEach(r -> cells.add(cells(r)));
        int[] widths = new int[HEADERS.length];
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (String[] line : cells) {
            StringBuilder l = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                boolean text = i < 2; // kind and key read left-aligned, numbers right-aligned
                String pad = " ".repeat(widths[i] - line[i].length());
                l.append(text ? line[i] + pad : pad + line[i]).append(i < line.length - 1 ? "  " : "");
            }
            out.append(l.toString().stripTrailing()).append('\n');
        }
    }

    private static String[] cells(MetricRow r) {
        return new String[] {r.kind(), KeyText.fit(r.kind(), r.key(), KEY_WIDTH), Long.toString(r.count()),
            Long.toString(r.errors()), Units.nanos(r.p50()), Units.nanos(r.p95()), Units.nanos(r.p99()),
            Units.nanos(r.max()), Units.bytes(r.allocP50()), Units.bytes(r.allocP99())};
    }
}
