package io.perfagent.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exact fields and order of alert lines, which users and tools read. */
class AlertEventShapeTest {

    private static final long MB = 1024L * 1024L;

    @Test
    void cpuEventHasTheDocumentedFieldsInOrder() throws Exception {
        AlertEvaluator evaluator = new AlertEvaluator(AlertSettings.defaults());
        IntervalFacts facts = new IntervalFacts(AlertCases.START, AlertCases.INTERVAL, 91.234, null, null, 0,
                List.of(), null, null);
        List<Map<String, Object>> events = evaluator.evaluate(facts);
        assertEquals("[{\"type\":\"alert\",\"rule\":\"cpu\",\"state\":\"firing\",\"resource\":\"cpu\",\"value\":91.23,"
                        + "\"threshold\":80.0,\"unit\":\"percent\",\"interval_end\":\"2025-01-01T00:00:00Z\"}]",
                AlertCases.JSON.writeValueAsString(events));
    }

    @Test
    void p99EventCarriesMillisecondsAndKind() throws Exception {
        AlertEvaluator evaluator = new AlertEvaluator(AlertSettings.defaults());
        IntervalFacts facts = new IntervalFacts(AlertCases.START, AlertCases.INTERVAL, null, null, null, 0,
                List.of(new KeyP99("com.x.Svc#find", "method", 1_234_567_890L)), null, null);
        assertEquals("[{\"type\":\"alert\",\"rule\":\"p99\",\"state\":\"firing\",\"key\":\"com.x.Svc#find\","
                        + "\"value\":1234.568,\"threshold\":1000.0,\"unit\":\"ms\","
                        + "\"interval_end\":\"2025-01-01T00:00:00Z\",\"kind\":\"method\"}]",
                AlertCases.JSON.writeValueAsString(evaluator.evaluate(facts)));
    }

    @Test
    void heapGrowthReportsSlopeInMegabytesPerMinute() {
        AlertSettings s = new AlertSettings(true, 80, 85, 10, Duration.ofSeconds(1), Map.of(), 1, 4, 5);
        AlertEvaluator evaluator = new AlertEvaluator(s);
        List<Map<String, Object>> events = List.of();
        for (int i = 0; i < 4; i++) {
            // 10 MB more after GC every 10 s interval: 60 MB per minute, 30 MB = 7.5 % of 400 MB in the window.
            events = evaluator.evaluate(new IntervalFacts(AlertCases.START.plusSeconds(10L * i), AlertCases.INTERVAL,
                    null, null, null, 1, List.of(), (100L + 10L * i) * MB, 400L * MB));
        }
        assertEquals(1, events.size());
        Map<String, Object> e = events.get(0);
        assertEquals("heap-growth", e.get("rule"));
        assertEquals(7.5, e.get("value"));
        assertEquals(60.0, e.get("slope_mb_per_min"));
        assertEquals(130L * MB, e.get("old_gen_after_gc_bytes"));
    }

    @Test
    void factsAreReadFromTheHealthBlock() {
        Map<String, Object> health = Map.of(
                "system", Map.of("cpu_percent", 42.5, "memory_used_percent", 61.0),
                "jvm", Map.of("gc_time_percent", 3.25, "heap_max_bytes", 4096L, "old_gen_after_gc_bytes", 1024L,
                        "gc", List.of(Map.of("name", "young", "count", 3L), Map.of("name", "old", "count", 1L))));
        IntervalFacts f = IntervalFacts.fromHealth(AlertCases.START, AlertCases.INTERVAL, health, List.of());
        assertEquals(42.5, f.cpuPercent());
        assertEquals(61.0, f.memoryUsedPercent());
        assertEquals(3.25, f.gcTimePercent());
        assertEquals(4, f.gcCount());
        assertEquals(1024L, f.oldGenAfterGcBytes());
        assertEquals(4096L, f.maxHeapBytes());
    }
}
