package io.perfagent.core.health;

import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Locale;

/**
 * Finds the old-generation heap pool by its collector-specific name ("G1 Old Gen", "PS Old Gen", "Tenured Gen",
 * "ZGC Old Generation"); for single-pool collectors (non-generational ZGC, Shenandoah) the one heap pool stands in.
 * Its collection usage, the occupancy right after the last GC, is what heap-growth alerts watch: unlike plain
 * usage it does not swing with allocation. Unknown figures are null. Thread-safe (reads MXBeans only).
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
        // getCollectionUsage() is null when the pool does not support it.
        MemoryUsage usage = pool == null || !pool.isValid() ? null : pool.getCollectionUsage();
        return usage == null ? null : usage.getUsed();
    }

    Long maxBytes() {
        return pool == null ? null : Numbers.nonNegativeOrNull(pool.getUsage().getMax());
    }
}
