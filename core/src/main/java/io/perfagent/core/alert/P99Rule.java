package io.perfagent.core.alert;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code p99} rule, kept per key. A key with no calls in an interval does not hold (nothing was slow), so an
 * alert on a key that goes quiet resolves with a null value. State is dropped for keys that are idle, so memory
 * follows the keys that are currently slow. Not thread-safe.
 */
final class P99Rule {

    private final P99Thresholds thresholds;
    private final int forIntervals;
    private final Map<String, RuleState> states = new HashMap<>();
    private final Map<String, String> kinds = new HashMap<>();

    P99Rule(P99Thresholds thresholds, int forIntervals) {
        this.thresholds = thresholds;
        this.forIntervals = forIntervals;
    }

    void evaluate(List<KeyP99> p99s, Instant intervalEnd, List<Map<String, Object>> events) {
        Set<String> seen = new HashSet<>();
        for (KeyP99 k : p99s) {
            seen.add(k.key());
            long threshold = thresholds.nanosFor(k.key(), k.kind());
            RuleState state = states.computeIfAbsent(k.key(), x -> new RuleState(forIntervals));
            kinds.put(k.key(), k.kind());
            emit(k.key(), state.step(k.p99Nanos() > threshold), millis(k.p99Nanos()), threshold, intervalEnd, events);
        }
        for (Iterator<Map.Entry<String, RuleState>> it = states.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, RuleState> e = it.next();
            if (!seen.contains(e.getKey())) {
                long threshold = thresholds.nanosFor(e.getKey(), kinds.get(e.getKey()));
                emit(e.getKey(), e.getValue().step(false), null, threshold, intervalEnd, events);
            }
            if (e.getValue().idle()) {
                kinds.remove(e.getKey());
                it.remove();
            }
        }
    }

    private void emit(String key, Transition t, Double valueMs, long thresholdNanos, Instant end,
                      List<Map<String, Object>> events) {
        if (t == Transition.NONE) {
            return;
        }
        Map<String, Object> event = AlertEvent.of("p99", t, "key", key, valueMs, millis(thresholdNanos), "ms", end);
        event.put("kind", kinds.get(key));
        events.add(event);
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 1000.0) / 1000.0;
    }
}
