package io.perfagent.core.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link Diff} as plain text: per key p50, p99 and alloc p99 as {@code before → after (change)}, rows that
 * regressed beyond the threshold marked {@code REGRESSION}, then the new and gone keys. At most {@code limit} entries
 * are printed, but regressions are never cut. Stateless.
 */
public final class DiffView {

    private DiffView() {
    }

    public static String render(String title, Diff diff, int limit) {
        StringBuilder out = new StringBuilder(title).append('\n');
        out.append(String.format(Locale.ROOT, "threshold %.1f%%: %d regression(s), %d key(s) compared\n",
                diff.thresholdPct(), diff.regressions().size(), diff.entries().size()));
        List<DiffEntry> shown = new ArrayList<>(diff.regressions());
        diff.entries().stream().filter(e -> !e.regressed())
                .limit(Math.max(0, limit - shown.size())).forEach(shown::add);
        for (DiffEntry e : shown) {
            out.append(e.regressed() ? "REGRESSION " : "           ")
                    .append(e.kind()).append(' ').append(KeyText.fit(e.kind(), e.key(), TableView.KEY_WIDTH))
                    .append("\n    p50 ").append(change(Units.nanos(e.before().p50()), Units.nanos(e.after().p50()),
                            e.p50Pct()))
                    .append("   p99 ").append(change(Units.nanos(e.before().p99()), Units.nanos(e.after().p99()),
                            e.p99Pct()))
                    .append("   alloc p99 ").append(change(Units.bytes(e.before().allocP99()),
                            Units.bytes(e.after().allocP99()), e.allocP99Pct()))
                    .append('\n');
        }
        if (shown.size() < diff.entries().size()) {
            out.append("(").append(diff.entries().size() - shown.size()).append(" unchanged-or-better keys not shown)\n");
        }
        diff.added().forEach(r -> out.append("new  ").append(r.kind()).append(' ').append(r.key()).append('\n'));
        diff.gone().forEach(r -> out.append("gone ").append(r.kind()).append(' ').append(r.key()).append('\n'));
        return out.toString();
    }

    private static String change(String before, String after, double pct) {
        return before + " → " + after + " (" + Units.percent(pct) + ")";
    }
}
