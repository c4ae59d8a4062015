package io.perfagent.core.view;

import io.perfagent.core.read.MetricsLine;
import io.perfagent.core.read.Report;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of a whole run or of a time window, one per kind and key, with a note when percentiles had to be
 * combined. For the whole run each series' {@code summary} line is used when present (exact): a series is what one
 * start of the agent in one process wrote, from its start to its summary, so a process attached, detached and attached
 * again has two. A window, or a series that ended without its summary (the process died), combines interval lines
 * with {@link RowCombiner}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param combinedLines how many lines were combined; 0 or 1 means the percentiles are exact
 */
public record Rollup(List<MetricRow> rows, int combinedLines, int intervalsUsed, int summariesUsed) {

    public Rollup {
        rows = List.copyOf(rows);
    }

    public static Rollup of(Report report, Window window) {
        List<MetricsLine> used = new ArrayList<>();
        Map<String, MetricsLine> summaryBySeries = new LinkedHashMap<>();
        if (window.isAll()) {
            // a series' summary written twice (a copied file) counts once
            report.summaries().forEach(s -> summaryBySeries.put(s.process() + "@" + s.start(), s));
            used.addAll(summaryBySeries.values());
        }
        for (MetricsLine line : report.intervals()) {
            if (!summarised(line, summaryBySeries.values()) && window.overlaps(line.start(), line.end())) {
                used.add(line);
            }
        }
        int summaries = summaryBySeries.size();
        return new Rollup(combine(used), used.size(), used.size() - summaries, summaries);
    }

    /** Whether one of {@code summaries} already holds {@code interval}: same process, within the summary's span. */
    private static boolean summarised(MetricsLine interval, Collection<MetricsLine> summaries) {
        for (MetricsLine summary : summaries) {
            if (summary.process().equals(interval.process()) && !interval.start().isBefore(summary.start())
                    && !interval.end().isAfter(summary.end())) {
                return true;
            }
        }
        return false;
    }

    private static List<MetricRow> combine(List<MetricsLine> lines) {
        Map<String, List<MetricRow>> byKey = new LinkedHashMap<>();
        for (MetricsLine line : lines) {
            line.metrics().stream().map(MetricRow::fromJson).flatMap(Optional::stream)
                    .forEach(r -> byKey.computeIfAbsent(r.identity(), k -> new ArrayList<>()).add(r));
        }
        return byKey.values().stream().map(RowCombiner::combine).toList();
    }

    public boolean isApproximate() {
        return combinedLines > 1;
    }

    /** The table note, or empty when the percentiles are exact. */
    public Optional<String> note() {
        if (!isApproximate()) {
            return Optional.empty();
        }
        String what = summariesUsed == 0 ? intervalsUsed + " intervals"
                : summariesUsed + " summaries and " + intervalsUsed + " intervals";
        return Optional.of("p-values combined from " + what + " (approximate; exact with hlog merge)");
    }
}
