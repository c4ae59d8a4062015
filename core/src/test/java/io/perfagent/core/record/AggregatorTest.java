package io.perfagent.core.record;

import io.perfagent.bootstrap.Samples;
import io.perfagent.core.registry.KeyRegistry;
import io.perfagent.core.report.MetricSummary;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Summary math against distributions whose percentiles are known exactly. */
class AggregatorTest {

    private final KeyRegistry registry = new KeyRegistry(10);
    private final Aggregator aggregator = new Aggregator(registry, 2);
    private final int id = registry.register("method", "a.B#c");

    @Test
    void uniformLatenciesGiveTheirPercentilesWithinHistogramPrecision() {
        for (long v = 1; v <= 10_000; v++) {
            aggregator.accept(Samples.pack(id, v * 1000, v % 10 == 0), v);
        }
        MetricSummary m = only(aggregator.endInterval());
        assertEquals(10_000, m.count());
        assertEquals(1_000, m.errors());
        assertWithin(5_000_000, m.latency().p50(), 0.01);
        assertWithin(9_500_000, m.latency().p95(), 0.01);
        assertWithin(9_900_000, m.latency().p99(), 0.01);
        assertWithin(9_990_000, m.latency().p999(), 0.01);
        assertWithin(10_000_000, m.latency().max(), 0.01);
        assertWithin(5_000_500, (long) m.latency().mean(), 0.01);
        assertWithin(5_000, m.alloc().p50(), 0.01);
        assertWithin(9_900, m.alloc().p99(), 0.01);
    }

    @Test
    void callsCountedOnTheirThreadSummarizeLikeTheSameCallsAsSamples() {
        KeyRegistry otherRegistry = new KeyRegistry(10);
        Aggregator fromSamples = new Aggregator(otherRegistry, 2);
        otherRegistry.register("method", "a.B#c");
        for (long v = 1; v <= 2_000; v++) {
            long latency = 900 + (v % 50) * 37;
            boolean error = v % 25 == 0;
            fromSamples.accept(Samples.pack(id, latency, error), v % 300);
            aggregator.acceptCounted(id, false, latency, 1); // each value is the lowest of its bucket or inside it
            aggregator.acceptCounted(id, true, v % 300, 1);
        }
        aggregator.acceptCountedErrors(id, 80);
        MetricSummary expected = only(fromSamples.endInterval());
        MetricSummary counted = only(aggregator.endInterval());
        assertEquals(expected, counted);
        assertEquals(2_000, counted.count());
        assertEquals(80, counted.errors());
    }

    @Test
    void intervalsStartEmptyAndTotalsAddThemUp() {
        for (int i = 0; i < 100; i++) {
            aggregator.accept(Samples.pack(id, 1_000, false), -1);
        }
        assertEquals(100, only(aggregator.endInterval()).count());
        for (int i = 0; i < 300; i++) {
            aggregator.accept(Samples.pack(id, 3_000, true), -1);
        }
        MetricSummary second = only(aggregator.endInterval());
        assertEquals(300, second.count());
        assertEquals(300, second.errors());
        assertNull(second.alloc(), "no allocation sample: no alloc block, never zeros");
        assertTrue(aggregator.endInterval().isEmpty(), "an interval without calls leaves the key out");

        MetricSummary total = only(aggregator.totals());
        assertEquals(400, total.count());
        assertEquals(300, total.errors());
        assertWithin(3_000, total.latency().p50(), 0.01); // 300 of 400 calls took 3 µs
        assertWithin(2_500, (long) total.latency().mean(), 0.01); // (100 × 1 µs + 300 × 3 µs) / 400
    }

    @Test
    void unsampledCallsCountButDoNotMovePercentiles() {
        aggregator.accept(Samples.pack(id, 2_000, false), -1);
        aggregator.acceptUnsampled(id, 99, 4);
        MetricSummary m = only(aggregator.endInterval());
        assertEquals(100, m.count());
        assertEquals(99, m.unsampled());
        assertEquals(4, m.errors());
        assertWithin(2_000, m.latency().p99(), 0.01);
    }

    @Test
    void keysAreSortedByP99Descending() {
        int fast = registry.register("method", "a.B#fast");
        aggregator.accept(Samples.pack(fast, 10, false), -1);
        aggregator.accept(Samples.pack(id, 1_000_000, false), -1);
        List<MetricSummary> rows = aggregator.endInterval();
        assertEquals(List.of("a.B#c", "a.B#fast"), rows.stream().map(MetricSummary::key).toList());
    }

    private static MetricSummary only(List<MetricSummary> rows) {
        assertEquals(1, rows.size(), rows::toString);
        return rows.get(0);
    }

    private static void assertWithin(long expected, long actual, double relative) {
        assertTrue(Math.abs(actual - expected) <= Math.max(1, expected * relative),
                "expected " + expected + " ± " + (relative * 100) + " %, got " + actual);
    }
}
