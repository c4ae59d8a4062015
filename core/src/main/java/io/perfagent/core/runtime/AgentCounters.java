package io.perfagent.core.runtime;

import io.perfagent.bootstrap.AgentErrors;
import io.perfagent.bootstrap.Clock;
import io.perfagent.bootstrap.Recorders;
import io.perfagent.core.registry.KeyRegistry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The {@code agent} block of each report line: the agent's own health (errors it swallowed, keys, drops). Outputs add
 * their own counters (e.g. {@code http_sent}) with {@link #register}. Read on the flush thread; registration is
 * thread-safe.
 */
public final class AgentCounters {

    private final KeyRegistry registry;
    private final Map<String, LongSupplier> extra = new ConcurrentHashMap<>();

    public AgentCounters(KeyRegistry registry) {
        this.registry = registry;
    }

    public void register(String name, LongSupplier counter) {
        extra.put(name, counter);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("advice_errors", AgentErrors.adviceErrors());
        block.put("transform_errors", AgentErrors.transformErrors());
        block.put("keys", registry.size());
        block.put("keys_dropped", registry.keysDropped());
        block.put("samples_dropped", Recorders.droppedSamples());
        block.put("drain_wakeups", Recorders.drainWakeups());
        block.put("keys_counted_in_place", Recorders.keysCountedInPlace());
        block.put("clock", Clock.ticksPerSecond() > 0 ? "tsc" : "nanotime");
        extra.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> block.put(e.getKey(), e.getValue().getAsLong()));
        return block;
    }
}
