package io.perfagent.core.alert;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The p99 threshold of each key: the longest matching {@code alert.p99.<pattern>} override, else {@code alert.p99}.
 * Equally long matches are decided by the pattern text so the outcome never depends on map order. Results are
 * cached per key (keys are bounded by {@code keys.max}). Not thread-safe.
 */
final class P99Thresholds {

    private record Override(KeyPattern pattern, long nanos) {
    }

    private final long defaultNanos;
    private final List<Override> overrides = new ArrayList<>();
    private final Map<String, Long> cache = new HashMap<>();

    P99Thresholds(Duration defaultThreshold, Map<String, Duration> overrides) {
        this.defaultNanos = defaultThreshold.toNanos();
        overrides.forEach((pattern, threshold) -> this.overrides.add(new Override(KeyPattern.parse(pattern),
                threshold.toNanos())));
        this.overrides.sort(Comparator.comparingInt((Override o) -> -o.pattern().specificity())
                .thenComparing(o -> o.pattern().text()));
    }

    long nanosFor(String key, String kind) {
        return cache.computeIfAbsent(kind + '\u0000' + key, k -> overrides.stream()
                .filter(o -> o.pattern().matches(key, kind))
                .findFirst().map(Override::nanos).orElse(defaultNanos));
    }
}
