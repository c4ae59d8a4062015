package io.perfagent.core.health;

import com.sun.management.GcInfo;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Locale;

/**
 * Finds the old-generation heap pool by its collector-specific name ("G1 Old Gen", "PS Old Gen", "Tenured Gen",
 * "ZGC Old Generation"); for single-pool collectors (non-generational ZGC, Shenandoah) the one heap pool stands in.
 * Its occupancy right after the most recent GC of ANY kind is what heap-growth alerts watch: unlike plain usage it
 * does not swing with allocation. The pool's own "collection usage" is not enough: G1 updates it only when the old
 * generation itself is collected (mixed or full GCs), so during a steady leak it can stay flat for minutes; the last
 * GC's {@code GcInfo} (young collections included) is read instead, with collection usage as the fallback
 * ({@code HealthIT#theDemosLeakModeRaisesHeapGrowth} guards this). Unknown figures are null. Thread-safe.
 */
final class OldGenPool {

    private final MemoryPoolMXBean pool;

    private OldGenPool(MemoryPoolMXBean pool) {
        this.pool = pool;
    }

    static OldGenPool find(List<MemoryPoolMXBean> pools) {
        List<MemoryPoolMXBean> heap = pools.stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        MemoryPoolMXBean old = heap.stream().filter(OldGenPool::looksOld).findFirst()
                .orElse(heap.size() == 1 ? heap.get(0) : null);
        return new OldGenPool(old);
    }

    private static boolean looksOld(MemoryPoolMXBean p) {
        String name = p.getName().toLowerCase(Locale.ROOT);
        return name.contains("old") || name.contains("tenured");
    }

    Long afterGcBytes() {
        if (pool == null || !pool.isValid()) {
            return null;
        }
        Long afterLatestGc = afterLatestGc(pool.getName());
        if (afterLatestGc != null) {
            return afterLatestGc;
        }
        MemoryUsage usage = pool.getCollectionUsage(); // null when the pool does not support it
        return usage == null ? null : usage.getUsed();
    }

    /** The pool's usage after whichever collector ran last, or null if none has run or the JVM cannot say. */
    private static Long afterLatestGc(String poolName) {
        GcInfo latest = null;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof com.sun.management.GarbageCollectorMXBean) {
                GcInfo info = ((com.sun.management.GarbageCollectorMXBean) collector).getLastGcInfo();
                if (info != null && (latest == null || info.getEndTime() > latest.getEndTime())) {
                    latest = info;
                }
            }
        }
        MemoryUsage after = latest == null ? null : latest.getMemoryUsageAfterGc().get(poolName);
        return after == null ? null : after.getUsed();
    }

    Long maxBytes() {
        return pool == null ? null : Numbers.nonNegativeOrNull(pool.getUsage().getMax());
    }
}
