package io.perfagent.core.health;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code jvm} half of the health block, from the platform MXBeans only (no native code, never fails over).
 * GC figures are deltas since the previous sample; the first sample covers the time since the JVM started.
 * Not thread-safe.
 */
final class JvmSampler {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
    private final GcCounters gc = new GcCounters();
    private final OldGenPool oldGen = OldGenPool.find(ManagementFactory.getMemoryPoolMXBeans());

    /** @param elapsedNanos time since the previous sample, 0 for the first (then the JVM's uptime is used) */
    Map<String, Object> sample(long elapsedNanos) {
        double intervalMs = elapsedNanos > 0 ? elapsedNanos / 1_000_000.0
                : ManagementFactory.getRuntimeMXBean().getUptime();
        MemoryUsage heap = memory.getHeapMemoryUsage();
        GcCounters.Interval gcInterval = gc.sample();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("heap_used_bytes", heap.getUsed());
        m.put("heap_committed_bytes", heap.getCommitted());
        m.put("heap_max_bytes", Numbers.nonNegativeOrNull(heap.getMax()));
        m.put("non_heap_used_bytes", memory.getNonHeapMemoryUsage().getUsed());
        m.put("gc", gcInterval.collectors());
        m.put("gc_time_ms", gcInterval.timeMs());
        m.put("gc_time_percent", intervalMs <= 0 ? 0.0
                : Numbers.round2(Math.min(100.0, gcInterval.timeMs() * 100.0 / intervalMs)));
        m.put("threads_live", threads.getThreadCount());
        m.put("threads_daemon", threads.getDaemonThreadCount());
        m.put("threads_peak", threads.getPeakThreadCount());
        m.put("classes_loaded", classes.getLoadedClassCount());
        m.put("old_gen_after_gc_bytes", oldGen.afterGcBytes());
        m.put("old_gen_max_bytes", oldGen.maxBytes());
        return m;
    }
}
