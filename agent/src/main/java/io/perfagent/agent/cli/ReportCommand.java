package io.perfagent.agent.cli;

import io.perfagent.core.read.AlertLine;
import io.perfagent.core.read.Report;
import io.perfagent.core.read.ReportReader;
import io.perfagent.core.view.ActiveAlerts;
import io.perfagent.core.view.Diff;
import io.perfagent.core.view.DiffView;
import io.perfagent.core.view.HtmlReport;
import io.perfagent.core.view.MetricRow;
import io.perfagent.core.view.Rollup;
import io.perfagent.core.view.RowQuery;
import io.perfagent.core.view.RowsJson;
import io.perfagent.core.view.TableView;
import io.perfagent.core.view.Window;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * {@code report}: reads report files, prints the table (or JSON), optionally compares with a baseline and writes
 * the HTML page. Reading problems go to {@code err} as warnings; results go to {@code out}.
 */
final class ReportCommand implements Command {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String usage() {
        return """
                report <dir or files>... [options]
                    --top N              rows to show (default 20)
                    --sort KEY           p99|p95|p50|count|alloc-p99|total-time (default p99)
                    --kind KIND          only method, sql or pool rows
                    --since ISO          only intervals ending after this time (e.g. 2026-11-27T10:00:00Z)
                    --until ISO          only intervals starting before this time
                    --diff BASELINE      compare with a baseline dir or file; exit 3 on a regression
                    --threshold PCT      regression threshold in percent for --diff (default 10)
                    --html FILE          also write a self-contained HTML report
                    --json               print JSON instead of the table""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        ReportOptions.Parsed parsed = ReportOptions.parse(args);
        if (parsed.error() != null) {
            err.println("perfagent report: " + parsed.error());
            err.println("usage: " + usage());
            return ExitCodes.USAGE;
        }
        ReportOptions o = parsed.options();
        String missing = firstMissing(o);
        if (missing != null) {
            err.println("perfagent report: " + missing + ": no such directory or file");
            return ExitCodes.USAGE;
        }
        Report report = read(o.inputs(), err);
        Rollup rollup = Rollup.of(report, o.window());
        List<MetricRow> rows = o.query().apply(rollup.rows());
        List<String> notes = rollup.note().stream().toList();
        if (o.html() != null && !writeHtml(o, rows, report, notes, err)) {
            return ExitCodes.USAGE;
        }
        if (o.diff() != null) {
            return diff(o, rollup.rows(), read(List.of(o.diff()), err), out);
        }
        // as of the window's end: the alerts raised and the series ended before it
        Instant until = o.window().until();
        List<AlertLine> active = ActiveAlerts.of(
                report.alerts().stream().filter(a -> until == null || a.at().isBefore(until)).toList(),
                report.summaries().stream().filter(s -> until == null || s.end().isBefore(until)).toList());
        out.print(o.json() ? RowsJson.rows(rows, active, notes) + "\n"
                : TableView.render(title(o), rows, active, notes));
        return ExitCodes.OK;
    }

    private static String firstMissing(ReportOptions o) {
        for (Path p : o.inputs()) {
            if (!Files.exists(p)) {
                return p.toString();
            }
        }
        return o.diff() != null && !Files.exists(o.diff()) ? o.diff().toString() : null;
    }

    private static Report read(List<Path> inputs, PrintStream err) {
        Report report = ReportReader.read(inputs);
        report.problems().forEach(p -> err.println("warning: " + p));
        if (report.hasNoMetrics()) {
            err.println("warning: no interval or summary lines found in " + inputs);
        }
        return report;
    }

    private static int diff(ReportOptions o, List<MetricRow> current, Report baseline, PrintStream out) {
        RowQuery all = new RowQuery(o.query().kind(), o.query().sort(), Integer.MAX_VALUE);
        List<MetricRow> before = all.apply(Rollup.of(baseline, Window.ALL).rows());
        Diff diff = Diff.compare(before, all.apply(current), o.thresholdPct());
        out.print(o.json() ? RowsJson.diff(diff) + "\n"
                : DiffView.render("perfagent diff: " + o.diff() + " → " + joined(o.inputs()), diff, o.query().top()));
        return diff.hasRegression() ? ExitCodes.REGRESSION : ExitCodes.OK;
    }

    private static boolean writeHtml(ReportOptions o, List<MetricRow> rows, Report report, List<String> notes,
                                     PrintStream err) {
        try {
            Files.writeString(o.html(), HtmlReport.render(title(o), rows, report, o.window(), notes),
                    StandardCharsets.UTF_8);
            err.println("wrote " + o.html());
            return true;
        } catch (IOException e) {
            err.println("perfagent report: cannot write " + o.html() + " (" + e.getMessage() + ")");
            return false;
        }
    }

    private static String joined(List<Path> paths) {
        return String.join(" ", paths.stream().map(Path::toString).toList());
    }

    private static String title(ReportOptions o) {
        StringBuilder t = new StringBuilder("perfagent report: ").append(joined(o.inputs()));
        if (!o.window().isAll()) {
            t.append("  window ").append(o.window().since() == null ? "start" : o.window().since())
                    .append(" .. ").append(o.window().until() == null ? "end" : o.window().until());
        }
        if (o.query().kind() != null) {
            t.append("  kind ").append(o.query().kind());
        }
        return t.append("  sorted by ").append(o.query().sort().option()).append(", top ")
                .append(o.query().top()).toString();
    }
}
