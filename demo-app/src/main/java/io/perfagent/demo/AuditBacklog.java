package io.perfagent.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The {@code --leak} mode: an audit log whose entries are queued in a static list and never drained, so the old
 * generation grows by about {@value #BYTES_PER_SECOND} bytes a second. Growth stops at a cap of a quarter of the
 * maximum heap (at most 256 MB), so a default heap never runs out within a two-minute run. Started at most once.
 */
final class AuditBacklog {

    static final int BYTES_PER_SECOND = 1_500_000;
    private static final int TICKS_PER_SECOND = 20;
    private static final int ENTRY_BYTES = BYTES_PER_SECOND / TICKS_PER_SECOND;

    // Static on purpose: a leak is memory reachable from a GC root for the whole run.
    private static final List<byte[]> PENDING = new ArrayList<>();

    private AuditBacklog() {
    }

    static synchronized void start() {
        long cap = Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 4);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "demo-audit-backlog");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(() -> append(cap), 0, 1000 / TICKS_PER_SECOND, TimeUnit.MILLISECONDS);
    }

    private static synchronized void append(long cap) {
        if ((long) PENDING.size() * ENTRY_BYTES < cap) {
            byte[] entry = new byte[ENTRY_BYTES];
            entry[0] = (byte) PENDING.size(); // touch the array so it is a real, distinct entry
            PENDING.add(entry);
        }
    }

    static synchronized long retainedBytes() {
        return (long) PENDING.size() * ENTRY_BYTES;
    }
}
