package io.perfagent.core.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** GC figures are per-interval deltas of the MXBeans' since-start totals. */
class GcCountersTest {

    @Test
    void reportsDeltasPerCollector() {
        AtomicLong count = new AtomicLong(5);
        AtomicLong time = new AtomicLong(40);
        GcCounters counters = new GcCounters(List.of(bean("young", count, time)));

        GcCounters.Interval first = counters.sample();
        assertEquals(List.of(Map.of("name", "young", "count", 5L, "time_ms", 40L)), first.collectors());

        count.set(8);
        time.set(55);
        GcCounters.Interval second = counters.sample();
        assertEquals(List.of(Map.of("name", "young", "count", 3L, "time_ms", 15L)), second.collectors());
        assertEquals(15L, second.timeMs());
    }

    private static GarbageCollectorMXBean bean(String name, AtomicLong count, AtomicLong time) {
        return (GarbageCollectorMXBean) Proxy.newProxyInstance(GcCountersTest.class.getClassLoader(),
                new Class<?>[] {GarbageCollectorMXBean.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "getCollectionCount" -> count.get();
                    case "getCollectionTime" -> time.get();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
