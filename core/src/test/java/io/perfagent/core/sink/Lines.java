package io.perfagent.core.sink;

import io.perfagent.core.registry.KeyInfo;
import io.perfagent.core.report.MetricSummary;
import io.perfagent.core.report.ReportLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** Builds report lines the way the flush loop does, from histograms filled with known values. */
public final class Lines {

    private Lines() {
    }

    public static Histogram histogram(long... values) {
        Histogram h = new Histogram(2);
        h.setAutoResize(true);
        for (long v : values) {
            h.recordValue(v);
        }
        return h;
    }

    public static MetricSummary metric(String kind, String key, Histogram latency, Histogram alloc) {
        return MetricSummary.of(new KeyInfo(1, kind, key, Map.of()), latency, alloc, 0, 0, true);
    }

    public static ReportLine interval(String start, String end, List<MetricSummary> metrics) {
        return new ReportLine(ReportLine.INTERVAL, ReportLine.FORMAT_VERSION, "shop", 42, "host", start, end,
                new ArrayList<>(metrics), Map.of(), null);
    }

    public static ReportLine summary(List<MetricSummary> metrics) {
        return new ReportLine(ReportLine.SUMMARY, ReportLine.FORMAT_VERSION, "shop", 42, "host",
                "2026-01-01T00:00:00Z", "2026-01-01T00:01:00Z", new ArrayList<>(metrics), Map.of(), null);
    }

    /** A metric whose latency values are {@code scale × 1..n} ns and allocation {@code 100 × 1..n} bytes. */
    public static MetricSummary ramp(String key, long scale, int n) {
        Histogram lat = histogram();
        Histogram alloc = histogram();
        for (int i = 1; i <= n; i++) {
            lat.recordValue(scale * i);
            alloc.recordValue(100L * i);
        }
        return metric("method", key, lat, alloc);
    }
}
