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
            java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
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

    public static long currentThreadAllocatedBytes() {
        com.sun.management.ThreadMXBean bean = BEAN;
        return bean == null ? -1L : bean.getCurrentThreadAllocatedBytes();
    }
}
