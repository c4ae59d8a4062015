package io.perfagent.core.slow;

import io.perfagent.bootstrap.SlowCalls;
import io.perfagent.core.registry.KeyInfo;
import io.perfagent.core.registry.KeyRegistry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The slow-call log: for a call over its kind's threshold, one {@code slow} line with the key (for SQL the sanitized
 * statement, never the raw one), duration, thread, time and the first application frames of the stack.
 *
 * <p>{@link #onSlowCall} runs on the application thread that made the slow call (already slow, so capturing its stack
 * there costs it little) and only queues the line; the flush thread writes it ({@link #writePending}). At most
 * {@code slow.max-per-interval} lines per interval are queued, so the queue stays bounded; the rest are counted in
 * {@link #suppressed()}.
 */
public final class SlowCallLog implements SlowCalls.SlowCallListener {

    private final KeyRegistry registry;
    private final SlowSettings settings;
    private final IntervalRateLimit limit;
    private final Queue<Map<String, Object>> pending = new ConcurrentLinkedQueue<>();
    private final AtomicLong suppressed = new AtomicLong();

    public SlowCallLog(KeyRegistry registry, SlowSettings settings) {
        this.registry = registry;
        this.settings = settings;
        this.limit = new IntervalRateLimit(System.nanoTime(), settings.interval().toNanos(), settings.maxPerInterval());
    }

    @Override
    public void onSlowCall(int keyId, long latencyNanos) {
        if (!limit.tryAcquire(System.nanoTime())) {
            suppressed.incrementAndGet();
            return;
        }
        KeyInfo info = registry.info(keyId);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "slow");
        event.put("kind", info == null ? "unknown" : info.kind());
        event.put("key", info == null ? "<unknown key " + keyId + ">" : info.key());
        event.put("duration_ns", latencyNanos);
        event.put("thread", Thread.currentThread().getName());
        event.put("at", Instant.now().toString());
        event.put("stack", stack());
        pending.add(event);
    }

    private List<String> stack() {
        return settings.stackDepth() > 0 ? StackCapture.applicationFrames(settings.stackDepth()) : List.of();
    }

    /** Flush (or shutdown) thread: hands every queued line to {@code writer}, oldest first. */
    public void writePending(Consumer<Map<String, Object>> writer) {
        for (Map<String, Object> event = pending.poll(); event != null; event = pending.poll()) {
            writer.accept(event);
        }
    }

    /** Slow calls not written because their interval had reached {@code slow.max-per-interval}; since start. */
    public long suppressed() {
        return suppressed.get();
    }
}
