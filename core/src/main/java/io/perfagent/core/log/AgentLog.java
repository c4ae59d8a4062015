package io.perfagent.core.log;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * perfagent's only voice on the application's stderr: one line per problem, prefixed {@code perfagent: }, never a
 * stack trace, and repeated problems throttled. Thread-safe.
 */
public final class AgentLog {

    private static final long THROTTLE_NANOS = 60_000_000_000L;
    private static final Map<String, Long> LAST_SAID = new ConcurrentHashMap<>();

    private AgentLog() {
    }

    public static void warn(String message) {
        System.err.println(message.startsWith("perfagent: ") ? message : "perfagent: " + message);
    }

    /** Says {@code message} only the first time {@code topic} comes up. */
    public static void warnOnce(String topic, String message) {
        if (LAST_SAID.putIfAbsent(topic, System.nanoTime()) == null) {
            warn(message);
        }
    }

    /** Says {@code message} at most once a minute per {@code topic}. */
    public static void warnThrottled(String topic, String message) {
        long now = System.nanoTime();
        Long last = LAST_SAID.get(topic);
        if (last == null || now - last >= THROTTLE_NANOS) {
            LAST_SAID.put(topic, now);
            warn(message);
        }
    }

    /** Forgets a throttled topic, so the next problem is reported at once (e.g. after recovery). */
    public static void clear(String topic) {
        LAST_SAID.remove(topic);
    }
}
