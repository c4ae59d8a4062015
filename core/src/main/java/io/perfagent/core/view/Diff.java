package io.perfagent.core.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparison of a baseline's rows with the current rows, matched by kind and key: entries for keys on both
 * sides (worst change first), and the keys that are new or gone. Immutable; safe to share between threads.
 */
public record Diff(List<DiffEntry> entries, List<MetricRow> added, List<MetricRow> gone, double thresholdPct) {

    public static final double DEFAULT_THRESHOLD_PCT = 10.0;

    public Diff {
        entries = List.copyOf(entries);
        added = List.copyOf(added);
        gone = List.copyOf(gone);
    }

    public static Diff compare(List<MetricRow> before, List<MetricRow> after, double thresholdPct) {
        Map<String, MetricRow> old = new LinkedHashMap<>();
        before.forEach(r -> old.put(r.identity(), r));
        List<DiffEntry> entries = new ArrayList<>();
        List<MetricRow> added = new ArrayList<>();
        for (MetricRow now : after) {
            MetricRow then = old.remove(now.identity());
            if (then == null) {
                added.add(now);
            } else {
                entries.add(DiffEntry.of(then, now, thresholdPct));
            }
        }
        entries.sort(Comparator.comparingDouble(DiffEntry::worst).reversed().thenComparing(DiffEntry::key));
        return new Diff(entries, added, new ArrayList<>(old.values()), thresholdPct);
    }

    public boolean hasRegression() {
        return entries.stream().anyMatch(DiffEntry::regressed);
    }

    public List<DiffEntry> regressions() {
        return entries.stream().filter(DiffEntry::regressed).toList();
    }
}
