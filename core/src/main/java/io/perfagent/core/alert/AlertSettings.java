package io.perfagent.core.alert;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thresholds of the alert rules, one component per {@code alert.*} key. {@code p99Overrides} maps a method pattern
 * ({@code com.x.Svc#find*}, {@code com.x.*}) or an SQL prefix ({@code SELECT * FROM orders}) to its own p99
 * threshold. Counts below their minimum are raised to it ({@code forIntervals} ≥ 1, {@code heapGrowthIntervals}
 * ≥ 2). Immutable.
 */
public record AlertSettings(boolean enabled, double cpuPercent, double memoryPercent, double gcTimePercent,
                            Duration p99, Map<String, Duration> p99Overrides, int forIntervals,
                            int heapGrowthIntervals, double heapGrowthPercent) {

    public AlertSettings {
        p99Overrides = Collections.unmodifiableMap(new LinkedHashMap<>(p99Overrides));
        forIntervals = Math.max(1, forIntervals);
        heapGrowthIntervals = Math.max(2, heapGrowthIntervals);
    }

    /** The documented defaults of the {@code alert.*} keys. */
    public static AlertSettings defaults() {
        return new AlertSettings(true, 80, 85, 10, Duration.ofMillis(1000), Map.of(), 1, 6, 5);
    }
}
