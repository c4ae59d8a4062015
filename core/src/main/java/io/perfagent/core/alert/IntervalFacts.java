package io.perfagent.core.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the alert rules look at for one interval. A null figure means "unknown this interval" and leaves its rule
 * as it was. {@code gcCount} is the number of collections in the interval: with none, an unchanged
 * old-gen-after-GC figure is simply not re-measured. Immutable.
 */
public record IntervalFacts(Instant end, Duration length, Double cpuPercent, Double memoryUsedPercent,
                            Double gcTimePercent, long gcCount, List<KeyP99> p99s, Long oldGenAfterGcBytes,
                            Long maxHeapBytes) {

    public IntervalFacts {
        p99s = List.copyOf(p99s);
    }

    /** Reads the figures out of the block {@code HealthSampler.sample()} returned (either part may be absent). */
    public static IntervalFacts fromHealth(Instant end, Duration length, Map<String, Object> health,
                                           List<KeyP99> p99s) {
        Map<?, ?> system = health.get("system") instanceof Map<?, ?> m ? m : Map.of();
        Map<?, ?> jvm = health.get("jvm") instanceof Map<?, ?> m ? m : Map.of();
        long gcCount = 0;
        if (jvm.get("gc") instanceof List<?> collectors) {
            for (Object c : collectors) {
                Number n = c instanceof Map<?, ?> cm ? number(cm.get("count")) : null;
                gcCount += n == null ? 0 : n.longValue();
            }
        }
        return new IntervalFacts(end, length, asDouble(system.get("cpu_percent")),
                asDouble(system.get("memory_used_percent")), asDouble(jvm.get("gc_time_percent")), gcCount, p99s,
                asLong(jvm.get("old_gen_after_gc_bytes")), asLong(jvm.get("heap_max_bytes")));
    }

    private static Number number(Object o) {
        return o instanceof Number n ? n : null;
    }

    private static Double asDouble(Object o) {
        return o instanceof Number n ? n.doubleValue() : null;
    }

    private static Long asLong(Object o) {
        return o instanceof Number n ? n.longValue() : null;
    }
}
