package io.perfagent.core.sink.prometheus;

import io.perfagent.core.report.MetricSummary;
import io.perfagent.core.report.ReportLine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Keeps the Prometheus page up to date: at each interval it folds the line into per-key running totals and renders
 * the whole page once, which scrapes then read as one immutable String. Two summary families:
 * {@code perfagent_latency_seconds} and {@code perfagent_alloc_bytes}, labelled kind, key and app; {@code _sum} is
 * the mean times the count per interval (exact within the histogram's precision). {@link #update} on the flush
 * thread; {@link #page} from any thread.
 */
final class Exposition {

    static final String LATENCY = "perfagent_latency_seconds";
    static final String ALLOC = "perfagent_alloc_bytes";
    private static final double NANOS_PER_SECOND = 1e9;

    private final String app;
    private final Map<String, SeriesTotals> latency = new LinkedHashMap<>();
    private final Map<String, SeriesTotals> alloc = new LinkedHashMap<>();
    private volatile String page;

    Exposition(String app) {
        this.app = app;
        this.page = render();
    }

    String page() {
        return page;
    }

    void update(ReportLine line) {
        if (line.isSummary()) {
            return; // the intervals already added up to it
        }
        latency.values().forEach(SeriesTotals::idle);
        alloc.values().forEach(SeriesTotals::idle);
        for (MetricSummary m : line.metrics()) {
            String id = m.kind() + "\u0000" + m.key();
            latency.computeIfAbsent(id, i -> new SeriesTotals(m.kind(), m.key())).add(m.count(),
                    m.latency().mean() / NANOS_PER_SECOND, m.latency().p50() / NANOS_PER_SECOND,
                    m.latency().p95() / NANOS_PER_SECOND, m.latency().p99() / NANOS_PER_SECOND);
            Histogram a = m.allocHistogram();
            if (a != null && a.getTotalCount() > 0) {
                alloc.computeIfAbsent(id, i -> new SeriesTotals(m.kind(), m.key())).add(a.getTotalCount(),
                        a.getMean(), a.getValueAtPercentile(50), a.getValueAtPercentile(95),
                        a.getValueAtPercentile(99));
            }
        }
        page = render();
    }

    private String render() {
        StringBuilder out = new StringBuilder(256 + 400 * (latency.size() + alloc.size()));
        family(out, LATENCY, "Call latency of perfagent keys in seconds (quantiles over the last interval).", latency);
        family(out, ALLOC, "Bytes allocated per call of perfagent keys (quantiles over the last interval).", alloc);
        return out.toString();
    }

    private void family(StringBuilder out, String name, String help, Map<String, SeriesTotals> series) {
        out.append("# HELP ").append(name).append(' ').append(PromText.help(help)).append('\n');
        out.append("# TYPE ").append(name).append(" summary\n");
        for (SeriesTotals s : series.values()) {
            String labels = "kind=\"" + PromText.labelValue(s.kind) + "\",key=\"" + PromText.labelValue(s.key)
                    + "\",app=\"" + PromText.labelValue(app) + "\"";
            quantile(out, name, labels, "0.5", s.p50);
            quantile(out, name, labels, "0.95", s.p95);
            quantile(out, name, labels, "0.99", s.p99);
            out.append(name).append("_sum{").append(labels).append("} ").append(PromText.number(s.sum)).append('\n');
            out.append(name).append("_count{").append(labels).append("} ").append(s.count).append('\n');
        }
    }

    private static void quantile(StringBuilder out, String name, String labels, String q, double v) {
        out.append(name).append('{').append(labels).append(",quantile=\"").append(q).append("\"} ")
                .append(PromText.number(v)).append('\n');
    }
}
