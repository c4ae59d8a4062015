package io.perfagent.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfagent.core.registry.KeyInfo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** The streaming writer must write exactly what Jackson's data binding writes for the same values. */
class JsonLinesTest {

    private static String streamed(Object value) {
        return new String(JsonLines.line(value), StandardCharsets.UTF_8);
    }

    private static String bound(Object value) throws Exception {
        return Json.MAPPER.writeValueAsString(value) + "\n";
    }

    private static Histogram histogram(long... values) {
        Histogram histogram = new Histogram(3_600_000_000_000L, 2);
        for (long value : values) {
            histogram.recordValue(value);
        }
        return histogram;
    }

    private static List<MetricSummary> metrics() {
        List<MetricSummary> metrics = new ArrayList<>();
        metrics.add(MetricSummary.of(new KeyInfo(1, "method", "com.example.Svc#find", Map.of()),
                histogram(1_000, 2_500, 1_000_000), histogram(64, 128), 1, 0, false));
        metrics.add(MetricSummary.of(new KeyInfo(2, "sql", "SELECT * FROM \"orders\" WHERE id = ?",
                Map.of("operation", "SELECT", "table", "orders")), histogram(300_000), histogram(2, 50), 0, 7, false));
        metrics.add(MetricSummary.of(new KeyInfo(3, "pool", "pool \u00e9\u2603 \t\n", Map.of()),
                histogram(5), null, 0, 0, false));
        return metrics;
    }

    @Test
    void reportLinesAreWrittenAsDataBindingWritesThem() throws Exception {
        Map<String, Object> agent = new LinkedHashMap<>();
        agent.put("advice_errors", 0L);
        agent.put("keys", 52);
        Map<String, Object> gc = new LinkedHashMap<>();
        gc.put("name", "G1 Young Generation");
        gc.put("count", 3);
        gc.put("time_ms", 12.5);
        Map<String, Object> jvm = new LinkedHashMap<>();
        jvm.put("heap_used_bytes", 123_456_789L);
        jvm.put("cpu_percent", 0.1 + 0.2);
        jvm.put("gc", List.of(gc));
        jvm.put("missing", null);
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("jvm", jvm);
        health.put("flags", List.of(true, false));
        ReportLine line = new ReportLine(ReportLine.INTERVAL, ReportLine.FORMAT_VERSION, "shop", 4242, "host-1",
                "2026-11-27T10:00:00Z", "2026-11-27T10:00:10Z", metrics(), agent, health);

        assertEquals(bound(line), streamed(line));
        ReportLine sparse = new ReportLine(ReportLine.SUMMARY, 1, "shop", 1, null, "a", "b", List.of(), null, null);
        assertEquals(bound(sparse), streamed(sparse));
    }

    @Test
    void eventsOfAnyPlainShapeAreWrittenAsDataBindingWritesThem() throws Exception {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "slow_call");
        event.put("latency_ns", Long.MAX_VALUE);
        event.put("ratio", 1.0E-9);
        event.put("small", (short) 3);
        event.put("nested", Map.of("k", List.of(1, 2.5f, "x")));
        event.put("nothing", null);
        event.put("at", Instant.parse("2026-11-27T10:00:00Z").toString());

        assertEquals(bound(event), streamed(event));
    }

    @Test
    void otherValuesFallBackToDataBinding() throws Exception {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("kind", Thread.State.RUNNABLE);
        event.put("record", new Percentiles(1, 2, 3, null, 4, 2.5));

        assertEquals(bound(event), streamed(event));
    }
}
