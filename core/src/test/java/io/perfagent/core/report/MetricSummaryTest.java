package io.perfagent.core.report;

import io.perfagent.core.registry.KeyInfo;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The allocation block says how many calls it describes when some calls had no allocation sample. */
class MetricSummaryTest {

    private static final KeyInfo METHOD = new KeyInfo(3, "method", "a.B#mixed", null);

    private static Histogram of(int times, long value) {
        Histogram histogram = new Histogram(2);
        histogram.recordValueWithCount(value, times);
        return histogram;
    }

    @Test
    void anAllocationBlockOfSomeCallsSaysHowMany() {
        // 10,500 calls timed, 50 of them on platform threads with an allocation sample
        MetricSummary summary = MetricSummary.of(METHOD, of(10_500, 1_000), of(50, 4096), 0, 0, true);
        assertEquals(50L, summary.alloc().samples());
        assertNull(summary.latency().samples(), "the latency block describes every timed call");
        String json = new String(JsonLines.line(summary), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"mean\":4112.0,\"samples\":50}}"), json); // the last field of alloc_bytes
    }

    @Test
    void anAllocationBlockOfEveryCallSaysNothingMore() {
        MetricSummary summary = MetricSummary.of(METHOD, of(20, 1_000), of(20, 4096), 0, 0, true);
        assertNull(summary.alloc().samples());
        assertFalse(new String(JsonLines.line(summary), StandardCharsets.UTF_8).contains("samples"));
    }
}
