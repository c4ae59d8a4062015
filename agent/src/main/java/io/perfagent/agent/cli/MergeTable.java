package io.perfagent.agent.cli;

import io.perfagent.core.sink.hlog.MergeResult;
import io.perfagent.core.sink.hlog.MergedRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The merge command's table: one row per measure and key with exact integer figures (nanoseconds for latency, bytes
 * for alloc, as the unit column says), so they can be compared and scripted without rounding. Stateless.
 */
final class MergeTable {

    private static final String[] HEADERS = {"measure", "key", "count", "p50", "p95", "p99", "max", "unit"};

    private MergeTable() {
    }

    static String render(MergeResult result) {
        StringBuilder out = new StringBuilder("perfagent merge: ").append(result.files()).append(" file(s), ")
                .append(result.histogramsRead()).append(" histogram(s)\n");
        if (result.rows().isEmpty()) {
            return out.append("(no histograms)\n").toString();
        }
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADERS);
        for (MergedRow r : result.rows()) {
            cells.add(new String[] {r.measure(), r.key(), Long.toString(r.count()), Long.toString(r.p50()),
                Long.toString(r.p95()), Long.toString(r.p99()), Long.toString(r.max()), r.unit()});
        }
        int[] widths = new int[HEADERS.length];
        cells.forEach(line -> {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        });
        for (String[] line : cells) {
            StringBuilder l = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                String pad = " ".repeat(widths[i] - line[i].length());
                boolean text = i < 2 || i == line.length - 1;
                l.append(text ? line[i] + pad : pad + line[i]).append("  ");
            }
            out.append(l.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
