package io.perfagent.core.alert;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The {@code heap-growth} rule: {@link HeapGrowthDetector} says whether growth holds, {@link RuleState} adds the
 * usual fire-once/resolve behaviour. Intervals where old-gen-after-GC or max heap is unknown are skipped.
 * Not thread-safe.
 */
final class HeapGrowthRule {

    private final HeapGrowthDetector detector;
    private final RuleState state;
    private final double percent;
    private final int window;

    HeapGrowthRule(int window, double percent, int forIntervals) {
        this.detector = new HeapGrowthDetector(window, percent);
        this.state = new RuleState(forIntervals);
        this.percent = percent;
        this.window = window;
    }

    void evaluate(IntervalFacts f, List<Map<String, Object>> events) {
        if (f.oldGenAfterGcBytes() == null || f.maxHeapBytes() == null || f.maxHeapBytes() <= 0) {
            return;
        }
        HeapGrowthDetector.Growth g = detector.offer(f.end(), f.oldGenAfterGcBytes(), f.maxHeapBytes(), f.gcCount());
        Transition t = state.step(g.holds());
        if (t == Transition.NONE) {
            return;
        }
        Map<String, Object> event = AlertEvent.of("heap-growth", t, "resource", "heap",
                AlertEvent.round2(g.risePercent()), percent, "percent_of_max_heap", f.end());
        event.put("slope_mb_per_min", AlertEvent.round2(g.slopeMbPerMin()));
        event.put("old_gen_after_gc_bytes", f.oldGenAfterGcBytes());
        event.put("max_heap_bytes", f.maxHeapBytes());
        event.put("window_intervals", window);
        events.add(event);
    }
}
