package io.perfagent.core.sink;

import io.perfagent.core.log.AgentLog;
import io.perfagent.core.read.AlertLine;
import io.perfagent.core.report.MetricSummary;
import io.perfagent.core.report.Percentiles;
import io.perfagent.core.report.ReportDirTopic;
import io.perfagent.core.report.ReportLine;
import io.perfagent.core.report.ReportSink;
import io.perfagent.core.view.MetricRow;
import io.perfagent.core.view.RowSort;
import io.perfagent.core.view.TableView;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code perfagent-<app>-<pid>-latest.txt}: the last interval as a table for people (top keys by p99, alerts still
 * firing above it), replaced atomically at every flush; at exit it shows the whole run, and no alert as active (as
 * {@code perfagent report} does once a process has written its summary). A failed write is reported
 * once a minute and retried at the next flush. Same threading contract as {@link ReportSink}.
 */
public final class LatestTableSink implements ReportSink {

    static final int TOP = 20;

    private final Path file;
    private final String fullReportName;
    private final AlertBoard alerts = new AlertBoard();

    /** @param fullReportName the JSON report's file name, named in the table's note when keys are left out */
    public LatestTableSink(Path file, String fullReportName) {
        this.file = file;
        this.fullReportName = fullReportName;
    }

    @Override
    public void onReport(ReportLine line) {
        List<MetricRow> rows = rows(line.metrics());
        List<String> notes = new ArrayList<>();
        if (rows.size() > TOP) {
            notes.add((rows.size() - TOP) + " more key(s) not shown; all of them are in " + fullReportName);
        }
        // the summary ends the series (exit, detach): nothing watches the rules any more, so none is active
        List<AlertLine> active = line.isSummary() ? List.of() : alerts.active();
        String text = TableView.render(title(line), rows.stream().limit(TOP).toList(), active, notes);
        try {
            AtomicFile.write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // shares the directory's topic with the JSON report: a broken directory is one message in all
            AgentLog.warnThrottled(topic(), "cannot write " + file + " (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); it is rewritten at the next interval");
        }
    }

    @Override
    public void onEvent(Map<String, Object> event) {
        if ("alert".equals(event.get("type"))) {
            alerts.accept(event);
        }
    }

    static List<MetricRow> rows(List<MetricSummary> metrics) {
        return metrics.stream().map(LatestTableSink::row).flatMap(Optional::stream)
                .sorted(RowSort.P99.order()).toList();
    }

    /**
     * The row the report reader would make of {@code metric}'s JSON ({@link MetricRow#fromJson}), built directly: this
     * runs at every interval, and going through a JSON tree would load Jackson's data binding for it.
     */
    static Optional<MetricRow> row(MetricSummary metric) {
        if (metric.key() == null) {
            return Optional.empty();
        }
        Percentiles latency = metric.latency();
        Percentiles alloc = metric.alloc();
        long mean = latency == null ? MetricRow.NONE : Math.round(latency.mean());
        return Optional.of(new MetricRow(metric.kind() == null ? "method" : metric.kind(), metric.key(),
                metric.operation() == null ? "" : metric.operation(), metric.table() == null ? "" : metric.table(),
                metric.count(), metric.errors(),
                latency == null ? MetricRow.NONE : latency.p50(), latency == null ? MetricRow.NONE : latency.p95(),
                latency == null ? MetricRow.NONE : latency.p99(),
                latency == null || latency.p999() == null ? MetricRow.NONE : latency.p999(),
                latency == null ? MetricRow.NONE : latency.max(), mean,
                alloc == null ? MetricRow.NONE : alloc.p50(), alloc == null ? MetricRow.NONE : alloc.p95(),
                alloc == null ? MetricRow.NONE : alloc.p99(), alloc == null ? MetricRow.NONE : alloc.max(),
                mean == MetricRow.NONE ? 0 : mean * metric.count()));
    }

    private static String title(ReportLine line) {
        String span = line.isSummary() ? "whole run " + line.start() + " .. " + line.end()
                : "interval " + line.start() + " .. " + line.end();
        return "perfagent " + line.app() + " pid " + line.pid() + "  " + span + "  top " + TOP + " by p99";
    }

    private String topic() {
        return ReportDirTopic.of(file.toAbsolutePath().getParent());
    }
}
