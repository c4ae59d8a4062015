package io.perfagent.core.select;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** mayMatchType runs for every class the JVM loads: rejecting one must not allocate. */
class PrefilterAllocationTest {

    private static final int CALLS = 100_000;

    @Test
    void rejectingAClassNameDoesNotAllocate() {
        Assumptions.assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "per-thread allocation counter not available on this JVM");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        MethodSelector selector = MethodSelector.of(MethodPatternParser.parse("methods.include",
                List.of("com.example.service.*", "com.example.*Service#place*", "org.acme.Main#main")).patterns(),
                MethodPatternParser.parse("methods.exclude", List.of("com.example.gen.*")).patterns());
        String[] rejected = {"org/apache/commons/Lang", "com.example.gen.Dto", "java.util.HashMap",
            "com.example.sub.FooService", "org.acme.Main$$Lambda$1/0x01"};
        assertTrue(selector.mayMatchType("com.example.service.A"), "sanity: the selector accepts something");

        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        boolean any = false;
        for (int i = 0; i < CALLS; i++) {
            any |= selector.mayMatchType(rejected[i % rejected.length]);
        }
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;

        assertFalse(any);
        // One allocated object per call would be >= 1.6 MB; the slack covers the counter's own bookkeeping.
        assertTrue(allocated < 64 * 1024, "allocated " + allocated + " bytes for " + CALLS + " rejects");
    }
}
