package io.perfagent.core.report;

import io.perfagent.core.registry.KeyInfo;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** For kind sql the second sample value is a batch size, reported as batch_size, never as alloc_bytes. */
class MetricSummaryBatchSizeTest {

    private static Histogram of(long... values) {
        Histogram histogram = new Histogram(2);
        for (long value : values) {
            histogram.recordValue(value);
        }
        return histogram;
    }

    @Test
    void sqlSecondValuesAreBatchSizes() {
        KeyInfo info = new KeyInfo(1, "sql", "INSERT INTO t VALUES (?)", Map.of("operation", "INSERT"));
        MetricSummary summary = MetricSummary.of(info, of(1000, 2000), of(25, 25), 0, 0, true);
        assertNull(summary.alloc());
        assertNull(summary.allocHistogram());
        assertEquals(25, summary.batchSize().p50());
        String json = new String(JsonLines.line(summary), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.contains("\"batch_size\":{\"p50\":25,"), json);
        assertFalse(json.contains("alloc_bytes"), json);
    }

    @Test
    void methodSecondValuesStayAllocatedBytes() {
        KeyInfo info = new KeyInfo(2, "method", "a.B#c", null);
        MetricSummary summary = MetricSummary.of(info, of(1000), of(4096), 0, 0, true);
        assertEquals(4096, summary.alloc().p50(), 64);
        assertNull(summary.batchSize());
    }
}
