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
        for (Map.Entry<String, Duration> entry : overrides.entrySet()) {
            this.overrides.add(new Override(KeyPattern.parse(entry.getKey()), entry.getValue().toNanos()));
        }
        this.overrides.sort(new MostSpecificFirst());
    }

    /** Most specific pattern first, then by text; a named class, not a comparator chain: built in premain. */
    private static final class MostSpecificFirst implements Comparator<Override> {
        @java.lang.Override
        public int compare(Override a, Override b) {
            int bySpecificity = Integer.compare(b.pattern().specificity(), a.pattern().specificity());
            return bySpecificity != 0 ? bySpecificity : a.pattern().text().compareTo(b.pattern().text());
        }
    }

    long nanosFor(String key, String kind) {
        return cache.computeIfAbsent(kind + '\u0000' + key, k -> overrides.stream()
                .filter(o -> o.pattern().matches(key, kind))
                .findFirst().map(Override::nanos).orElse(defaultNanos));
    }
}
