package io.perfagent.core.slow;

import io.perfagent.core.config.Config;
import io.perfagent.core.config.Source;

import java.time.Duration;

/**
 * The slow-call log's settings: the threshold of each kind family, how many application frames a line shows, and how
 * many lines one interval may write. Immutable.
 *
 * @param methodThreshold {@code methods.slow-threshold}, or {@code slow.threshold} when not set
 * @param jdbcThreshold   {@code jdbc.slow-threshold} (SQL statements and pool waits), or {@code slow.threshold}
 * @param stackDepth      {@code slow.stack-depth}
 * @param maxPerInterval  {@code slow.max-per-interval}; further slow calls in the same interval are only counted
 * @param interval        {@code flush.interval}, the rate limit's window
 */
public record SlowSettings(Duration methodThreshold, Duration jdbcThreshold, int stackDepth, int maxPerInterval,
                           Duration interval) {

    public static SlowSettings from(Config config) {
        Duration common = config.duration("slow.threshold");
        return new SlowSettings(override(config, "methods.slow-threshold", common),
                override(config, "jdbc.slow-threshold", common),
                config.integer("slow.stack-depth"), config.integer("slow.max-per-interval"),
                config.duration("flush.interval"));
    }

    private static Duration override(Config config, String key, Duration common) {
        return config.sourceOf(key) == Source.DEFAULT ? common : config.duration(key);
    }
}
