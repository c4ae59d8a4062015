package io.perfagent.core.read;

import java.time.Instant;
import java.util.List;

/**
 * One {@code slow} line: a single call (usually SQL) that took longer than its slow threshold, with the thread and
 * stack that made it. Immutable; safe to share between threads.
 */
public record SlowLine(String kind, String key, long durationNs, String thread, Instant at, List<String> stack) {

    public SlowLine {
        stack = List.copyOf(stack);
    }
}
