package io.perfagent.core.view;

import io.perfagent.core.read.AlertLine;
import io.perfagent.core.read.Report;
import io.perfagent.core.read.SlowLine;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders one self-contained HTML page: the table, per top key a p50/p95/p99 chart over time, an allocation chart,
 * the alerts and the slow-call log. Inline CSS and SVG only: no script, font, image or URL, so the file can be mailed
 * or attached to a ticket and opened offline. All report text is escaped. Stateless.
 */
public final class HtmlReport {

    /** Charts are drawn for this many top keys; the table still lists every selected row. */
    public static final int CHARTED_KEYS = 6;
    static final int ALLOC_SERIES = 4;
    static final int SLOW_ROWS = 100;

    private static final String CSS = "body{font:14px system-ui,sans-serif;margin:24px;color:#222;background:#fff}"
            + "h1{font-size:22px}h2{font-size:18px;margin-top:28px}table{border-collapse:collapse;margin:8px 0}"
            + "th,td{border:1px solid #ccc;padding:3px 8px;text-align:right;vertical-align:top}"
            + "th{background:#eef}th.t{text-align:left}td.t{text-align:left;font-family:monospace;max-width:560px;overflow-wrap:anywhere}"
            + ".firing{background:#fdd}.note{color:#555}.chart{display:block;margin:6px 0 18px}"
            + ".grid{stroke:#e4e4e4}.tick,.legend{font-size:11px;fill:#444}pre{margin:0;font-size:11px}";

    private HtmlReport() {
    }

    public static String render(String title, List<MetricRow> rows, Report report, Window window, List<String> notes) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(Html.esc(title)).append("</title><style>").append(CSS)
                .append("</style></head><body><h1>").append(Html.esc(title)).append("</h1>\n");
        List<AlertLine> active = ActiveAlerts.of(report.alerts(), report.summaries());
        if (!active.isEmpty()) {
            h.append("<h2>Active alerts</h2>").append(alerts(active));
        }
        h.append("<h2>Summary</h2>").append(table(rows));
        notes.forEach(n -> h.append("<p class=\"note\">").append(Html.esc(n)).append("</p>"));
        charts(h, rows, report, window);
        List<AlertLine> alerts = report.alerts().stream().filter(a -> window.contains(a.at())).toList();
        h.append("<h2>Alerts</h2>").append(alerts.isEmpty() ? "<p>none</p>" : alerts(alerts));
        h.append("<h2>Slow calls</h2>").append(slows(report.slows().stream()
                .filter(s -> window.contains(s.at())).toList()));
        return h.append("</body></html>\n").toString();
    }

    private static void charts(StringBuilder h, List<MetricRow> rows, Report report, Window window) {
        List<MetricRow> charted = rows.stream().limit(CHARTED_KEYS).toList();
        Set<String> ids = charted.stream().map(MetricRow::identity).collect(Collectors.toSet());
        TimeSeries ts = TimeSeries.of(report.intervals(), window, ids);
        h.append("<h2>Latency over time</h2>");
        for (MetricRow r : charted) {
            h.append("<h3>").append(Html.esc(r.kind() + " " + r.key())).append("</h3>");
            h.append(SvgChart.lines("latency of " + r.key(), List.of(
                    ts.series(r.identity(), "p50", MetricRow::p50), ts.series(r.identity(), "p95", MetricRow::p95),
                    ts.series(r.identity(), "p99", MetricRow::p99)), Units::nanos));
        }
        List<Series> alloc = charted.stream().filter(MetricRow::hasAlloc).limit(ALLOC_SERIES)
                .map(r -> ts.series(r.identity(), KeyText.legend(r.kind(), r.key()), MetricRow::allocP99))
                .toList();
        h.append("<h2>Allocated bytes per call (p99) over time</h2>")
                .append(alloc.isEmpty() ? "<p>no allocation samples</p>"
                        : SvgChart.lines("allocation p99 per call", alloc, Units::bytes));
    }

    private static String table(List<MetricRow> rows) {
        StringBuilder t = new StringBuilder("<table><tr><th class=\"t\">kind</th><th class=\"t\">key</th><th>count</th><th>errors</th>"
                + "<th>p50</th><th>p95</th><th>p99</th><th>max</th><th>alloc p50</th><th>alloc p99</th></tr>");
        for (MetricRow r : rows) {
            t.append("<tr><td class=\"t\">").append(Html.esc(r.kind())).append("</td><td class=\"t\">")
                    .append(Html.esc(r.key())).append("</td>").append(td(Long.toString(r.count())))
                    .append(td(Long.toString(r.errors()))).append(td(Units.nanos(r.p50())))
                    .append(td(Units.nanos(r.p95()))).append(td(Units.nanos(r.p99())))
                    .append(td(Units.nanos(r.max()))).append(td(Units.bytes(r.allocP50())))
                    .append(td(Units.bytes(r.allocP99()))).append("</tr>");
        }
        return t.append("</table>").toString();
    }

    private static String alerts(List<AlertLine> alerts) {
        StringBuilder t = new StringBuilder("<table><tr><th>at</th><th>rule</th><th>state</th><th>subject</th>"
                + "<th>value</th><th>threshold</th></tr>");
        for (AlertLine a : alerts) {
            t.append("<tr class=\"").append(a.isFiring() ? "firing" : "resolved").append("\">")
                    .append(td(a.at().toString())).append("<td class=\"t\">").append(Html.esc(a.rule()))
                    .append("</td>").append(td(a.state())).append("<td class=\"t\">").append(Html.esc(a.subject()))
                    .append("</td>").append(td(AlertText.value(a.rule(), a.value()))).append(td(AlertText.value(a.rule(), a.threshold())))
                    .append("</tr>");
        }
        return t.append("</table>").toString();
    }

    private static String slows(List<SlowLine> slows) {
        if (slows.isEmpty()) {
            return "<p>none</p>";
        }
        StringBuilder t = new StringBuilder("<p class=\"note\">").append(Math.min(SLOW_ROWS, slows.size()))
                .append(" slowest of ").append(slows.size()).append("</p><table><tr><th>at</th><th>duration</th>"
                        + "<th>kind</th><th>thread</th><th>statement / method</th></tr>");
        slows.stream().sorted(Comparator.comparingLong(SlowLine::durationNs).reversed()).limit(SLOW_ROWS)
                .forEach(s -> t.append("<tr>").append(td(s.at().toString())).append(td(Units.nanos(s.durationNs())))
                        .append(td(s.kind())).append(td(s.thread())).append("<td class=\"t\">")
                        .append(Html.esc(s.key())).append(stack(s.stack())).append("</td></tr>"));
        return t.append("</table>").toString();
    }

    private static String stack(List<String> frames) {
        if (frames.isEmpty()) {
            return "";
        }
        return "<details><summary>stack</summary><pre>" + Html.esc(String.join("\n", frames)) + "</pre></details>";
    }

    private static String td(String text) {
        return "<td>" + Html.esc(text) + "</td>";
    }
}
