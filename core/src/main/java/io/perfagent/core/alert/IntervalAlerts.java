package io.perfagent.core.alert;

import io.perfagent.core.config.Config;
import io.perfagent.core.config.ValueParsers;
import io.perfagent.core.report.MetricSummary;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Connects the alert rules to the flush thread: reads the {@code alert.*} keys once, and turns each interval's health
 * block and metrics into the alert lines to write. Flush thread only; keeps the rules' state between intervals.
 */
public final class IntervalAlerts {

    private final AlertEvaluator evaluator;

    public IntervalAlerts(AlertSettings settings) {
        this.evaluator = new AlertEvaluator(settings);
    }

    public static IntervalAlerts from(Config config) {
        Map<String, Duration> overrides = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : config.prefixed("alert.p99.*").entrySet()) {
            Duration threshold = ValueParsers.duration(entry.getValue()).orElse(null);
            if (threshold != null) {
                overrides.put(entry.getKey(), threshold);
            }
        }
        return new IntervalAlerts(new AlertSettings(
                config.bool("alert.enabled"),
                config.percent("alert.cpu-percent"),
                config.percent("alert.memory-percent"),
                config.percent("alert.gc-time-percent"),
                config.duration("alert.p99"),
                overrides,
                config.integer("alert.for-intervals"),
                config.integer("alert.heap-growth-intervals"),
                config.percent("alert.heap-growth-percent")));
    }

    /** Alert lines (firing or resolved) for the interval that just ended; empty when nothing changed. */
    public List<Map<String, Object>> evaluate(Instant end, Duration length, Map<String, Object> health,
                                              List<MetricSummary> metrics) {
        List<KeyP99> p99s = new ArrayList<>(metrics.size());
        for (MetricSummary metric : metrics) {
            p99s.add(new KeyP99(metric.key(), metric.kind(), metric.latency().p99()));
        }
        return evaluator.evaluate(IntervalFacts.fromHealth(end, length, health == null ? Map.of() : health, p99s));
    }
}
