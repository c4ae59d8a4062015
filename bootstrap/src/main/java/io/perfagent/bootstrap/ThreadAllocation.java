package io.perfagent.bootstrap;

import java.lang.management.ManagementFactory;

/**
 * Reads the current thread's allocated-bytes counter (HotSpot's per-thread TLAB accounting, about 10 ns).
 *
 * <p>Returns -1 where the JVM cannot tell — virtual threads, a JVM without {@code com.sun.management}, or the counter
 * switched off — and callers then skip the allocation sample instead of recording 0. Safe on any thread.
 */
public final class ThreadAllocation {

    private static final com.sun.management.ThreadMXBean BEAN = lookup();

    private ThreadAllocation() {
    }

    private static com.sun.management.ThreadMXBean lookup() {
        try {
            com.sun.management.ThreadMXBean offered = BridgeClasses.offeredAllocationCounter();
            java.lang.management.ThreadMXBean bean = offered != null ? offered : ManagementFactory.getThreadMXBean();
            if (bean instanceof com.sun.management.ThreadMXBean) {
                com.sun.management.ThreadMXBean sun = (com.sun.management.ThreadMXBean) bean;
                if (sun.isThreadAllocatedMemorySupported()) {
                    if (!sun.isThreadAllocatedMemoryEnabled()) {
                        sun.setThreadAllocatedMemoryEnabled(true);
                    }
                    return sun;
                }
            }
        } catch (Throwable ignored) {
            // no allocation samples on this JVM; timing still works
        }
        return null;
    }

    public static boolean isSupported() {
        return BEAN != null;
    }

    /**
     * Bytes allocated by the current thread so far, or -1 when not known (also when the application switched the
     * counter off, or the JVM refuses). Woven into every method entry, so its size matters beyond its speed: inlined,
     * the MXBean chain behind it grows the compiled frame of each instrumented method several-fold, and a deep recursion
     * then overflows its stack far sooner than without the agent. Its bytecode is therefore kept above C1's 35-byte
     * inlining limit (checked by CallVolumeSafetyIT's recursion case); C2 still inlines it where hot, where frames stay
     * small.
     */
    public static long currentThreadAllocatedBytes() {
        com.sun.management.ThreadMXBean bean = BEAN;
        if (bean == null) {
            return -1L;
        }
        try {
            long bytes = bean.getCurrentThreadAllocatedBytes();
            return bytes >= 0 ? bytes : -1L;
        } catch (RuntimeException unsupportedNow) {
            return -1L;
        }
    }
}
