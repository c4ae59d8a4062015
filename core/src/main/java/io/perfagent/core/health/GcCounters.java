package io.perfagent.core.health;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-collector collection counts and times between consecutive samples. The MXBeans report totals since JVM
 * start; this keeps the previous totals by collector name. Not thread-safe.
 *
 * <p>Concurrent collectors (ZGC cycles, G1's concurrent phases on newer JDKs) report wall time of concurrent
 * work, not only pauses, so {@code gc_time_ms} can overstate the time the application was stopped.
 */
final class GcCounters {

    /** One interval: {@code [{name, count, time_ms}, ...]} and the summed time. */
    record Interval(List<Map<String, Object>> collectors, long timeMs) {
    }

    private final List<GarbageCollectorMXBean> beans;
    private final Map<String, long[]> previous = new HashMap<>();

    GcCounters() {
        this(ManagementFactory.getGarbageCollectorMXBeans());
    }

    GcCounters(List<GarbageCollectorMXBean> beans) {
        this.beans = beans;
    }

    Interval sample() {
        List<Map<String, Object>> collectors = new ArrayList<>();
        long totalTime = 0;
        for (GarbageCollectorMXBean bean : beans) {
            long count = Math.max(0, bean.getCollectionCount());
            long time = Math.max(0, bean.getCollectionTime());
            long[] before = previous.getOrDefault(bean.getName(), new long[2]);
            previous.put(bean.getName(), new long[] {count, time});
            long countDelta = Math.max(0, count - before[0]);
            long timeDelta = Math.max(0, time - before[1]);
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", bean.getName());
            c.put("count", countDelta);
            c.put("time_ms", timeDelta);
            collectors.add(c);
            totalTime += timeDelta;
        }
        return new Interval(collectors, totalTime);
    }
}
