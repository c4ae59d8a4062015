package io.perfagent.core.slow;

import io.perfagent.bootstrap.SlowCalls;
import io.perfagent.core.config.Config;
import io.perfagent.core.registry.KeyRegistry;
import io.perfagent.core.runtime.AgentCounters;
import io.perfagent.core.runtime.FlushLoop;

/**
 * Wires the slow-call log into a starting runtime: the bootstrap listener and per-kind thresholds, the flush thread's
 * writing of queued lines, and the {@code slow_suppressed} counter of the {@code agent} block. Called once at start-up.
 */
public final class SlowLogInstaller {

    private SlowLogInstaller() {
    }

    public static SlowCallLog install(Config config, KeyRegistry registry, FlushLoop flushLoop, AgentCounters counters) {
        SlowSettings settings = SlowSettings.from(config);
        SlowCallLog log = new SlowCallLog(registry, settings);
        counters.register("slow_suppressed", log::suppressed);
        flushLoop.afterEachDrain(() -> log.writePending(flushLoop::writeEvent));
        SlowCalls.configure(log, settings.methodThreshold().toNanos(), settings.jdbcThreshold().toNanos());
        return log;
    }
}
