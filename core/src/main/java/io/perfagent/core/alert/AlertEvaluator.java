package io.perfagent.core.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns each interval's figures into alert lines: rules {@code cpu}, {@code memory}, {@code gc-time}, {@code p99}
 * (per key) and {@code heap-growth}. A rule fires once its condition has held for {@code alert.for-intervals}
 * consecutive intervals, is not repeated while it keeps holding, and resolves on the first interval it does not.
 * The result is only alert events as ordered maps ready for Jackson; the caller writes them.
 *
 * <p>Threading: not thread-safe. One instance per run, called by the flush thread once per interval, in order.
 */
public final class AlertEvaluator {

    private final boolean enabled;
    private final ThresholdRule cpu;
    private final ThresholdRule memory;
    private final ThresholdRule gcTime;
    private final P99Rule p99;
    private final HeapGrowthRule heapGrowth;

    public AlertEvaluator(AlertSettings s) {
        this.enabled = s.enabled();
        this.cpu = new ThresholdRule("cpu", "cpu", s.cpuPercent(), s.forIntervals());
        this.memory = new ThresholdRule("memory", "memory", s.memoryPercent(), s.forIntervals());
        this.gcTime = new ThresholdRule("gc-time", "gc", s.gcTimePercent(), s.forIntervals());
        this.p99 = new P99Rule(new P99Thresholds(s.p99(), s.p99Overrides()), s.forIntervals());
        this.heapGrowth = new HeapGrowthRule(s.heapGrowthIntervals(), s.heapGrowthPercent(), s.forIntervals());
    }

    /** The alert events of this interval (often none), in rule order: cpu, memory, gc-time, p99, heap-growth. */
    public List<Map<String, Object>> evaluate(IntervalFacts facts) {
        List<Map<String, Object>> events = new ArrayList<>();
        if (!enabled) {
            return events;
        }
        cpu.evaluate(facts.cpuPercent(), facts.end(), events);
        memory.evaluate(facts.memoryUsedPercent(), facts.end(), events);
        gcTime.evaluate(facts.gcTimePercent(), facts.end(), events);
        p99.evaluate(facts.p99s(), facts.end(), events);
        heapGrowth.evaluate(facts, events);
        return events;
    }
}
