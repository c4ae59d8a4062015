package io.perfagent.core.slow;

import io.perfagent.core.registry.KeyRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlowCallLogTest {

    private final KeyRegistry registry = new KeyRegistry(10);
    private final List<Map<String, Object>> written = new ArrayList<>();

    private SlowCallLog log(int maxPerInterval, int depth) {
        return new SlowCallLog(registry, new SlowSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), depth,
                maxPerInterval, Duration.ofHours(1)));
    }

    @Test
    void aSlowCallBecomesOneLineWithKeyDurationThreadTimeAndStack() {
        int id = registry.register("sql", "SELECT * FROM t WHERE id = ?");
        SlowCallLog log = log(10, 8);
        log.onSlowCall(id, 1_234_567_890L);
        log.writePending(written::add);
        assertEquals(1, written.size());
        Map<String, Object> line = written.get(0);
        assertEquals(List.of("type", "kind", "key", "duration_ns", "thread", "at", "stack"),
                List.copyOf(line.keySet()));
        assertEquals("slow", line.get("type"));
        assertEquals("sql", line.get("kind"));
        assertEquals("SELECT * FROM t WHERE id = ?", line.get("key"));
        assertEquals(1_234_567_890L, line.get("duration_ns"));
        assertEquals(Thread.currentThread().getName(), line.get("thread"));
        @SuppressWarnings("unchecked")
        List<String> stack = (List<String>) line.get("stack");
        assertTrue(stack.size() <= 8 && !stack.isEmpty(), stack::toString);
        assertFalse(stack.stream().anyMatch(f -> f.startsWith("io.perfagent.")), "agent frames removed: " + stack);
        log.writePending(written::add);
        assertEquals(1, written.size(), "written once");
    }

    @Test
    void pastTheIntervalLimitCallsAreOnlyCounted() {
        int id = registry.register("method", "a.B#c");
        SlowCallLog log = log(3, 0);
        for (int i = 0; i < 10; i++) {
            log.onSlowCall(id, 5_000_000_000L);
        }
        log.writePending(written::add);
        assertEquals(3, written.size());
        assertEquals(7, log.suppressed());
        assertEquals(List.of(), written.get(0).get("stack"), "slow.stack-depth=0");
    }
}
