package bench.moo;

/**
 * One MooBench-style measurement in its own JVM: {@code calls} top-level calls of
 * {@link MonitoredClass#monitoredMethod} with the given recursion depth and leaf time. The first half of the calls is
 * warm-up and discarded; the line printed is the mean ns per top-level call over the second half:
 * {@code moo-result calls=<n> depth=<d> mean_ns=<x> cpu_ns=<y> alloc_bytes=<z>}, where cpu_ns is the whole
 * process's CPU time per call (it includes the work an agent's background threads do) and alloc_bytes the bytes this
 * thread allocated per call.
 *
 * <p>Usage: {@code java [agent flags] -cp benchmarks.jar bench.moo.MooDriver <calls> <depth> <methodTimeNs>}
 */
public final class MooDriver {

    private MooDriver() {
    }

    public static void main(String[] args) {
        long calls = Long.parseLong(args[0]);
        int depth = Integer.parseInt(args[1]);
        long methodTime = Long.parseLong(args[2]);
        MonitoredClass monitored = new MonitoredClass();
        long warmup = calls / 2;
        long sink = 0;
        for (long i = 0; i < warmup; i++) {
            sink += monitored.monitoredMethod(methodTime, depth);
        }
        long measured = calls - warmup;
        long startCpu = processCpuNanos();
        long startAllocated = threadAllocatedBytes();
        long start = System.nanoTime();
        for (long i = 0; i < measured; i++) {
            sink += monitored.monitoredMethod(methodTime, depth);
        }
        long elapsed = System.nanoTime() - start;
        long cpu = processCpuNanos() - startCpu;
        long allocated = threadAllocatedBytes() - startAllocated;
        System.out.printf("moo-result calls=%d depth=%d mean_ns=%.3f cpu_ns=%.3f alloc_bytes=%.4f sink=%d%n",
                measured, depth, (double) elapsed / measured, (double) cpu / measured, (double) allocated / measured,
                sink & 1);
    }

    /** Bytes allocated so far by this (the application) thread: what a probe allocates per call shows up here. */
    private static long threadAllocatedBytes() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads instanceof com.sun.management.ThreadMXBean
                ? ((com.sun.management.ThreadMXBean) threads).getCurrentThreadAllocatedBytes() : -1L;
    }

    /** CPU time of every thread of the process (the agent's flush thread included), or -1 where unknown. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os =
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean
                ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : -1L;
    }
}
