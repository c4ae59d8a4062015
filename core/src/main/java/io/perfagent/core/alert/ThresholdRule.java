package io.perfagent.core.alert;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A rule on one percentage of one resource ({@code cpu}, {@code memory}, {@code gc-time}): it holds while the
 * value is above the threshold. An unknown (null) value leaves the rule as it was. Not thread-safe.
 */
final class ThresholdRule {

    private final String rule;
    private final String resource;
    private final double threshold;
    private final RuleState state;

    ThresholdRule(String rule, String resource, double threshold, int forIntervals) {
        this.rule = rule;
        this.resource = resource;
        this.threshold = threshold;
        this.state = new RuleState(forIntervals);
    }

    void evaluate(Double value, Instant intervalEnd, List<Map<String, Object>> events) {
        if (value == null) {
            return;
        }
        Transition t = state.step(value > threshold);
        if (t != Transition.NONE) {
            events.add(AlertEvent.of(rule, t, "resource", resource, AlertEvent.round2(value), threshold, "percent",
                    intervalEnd));
        }
    }
}
