package bench.moo;

/**
 * One MooBench-style measurement in its own JVM: {@code calls} top-level calls of
 * {@link MonitoredClass#monitoredMethod} with the given recursion depth and leaf time. The first half of the calls is
 * warm-up and discarded; the line printed is the mean ns per top-level call over the second half:
 * {@code moo-result calls=<n> depth=<d> mean_ns=<x>}.
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
        long start = System.nanoTime();
        for (long i = 0; i < measured; i++) {
            sink += monitored.monitoredMethod(methodTime, depth);
        }
        long elapsed = System.nanoTime() - start;
        System.out.printf("moo-result calls=%d depth=%d mean_ns=%.3f sink=%d%n",
                measured, depth, (double) elapsed / measured, sink & 1);
    }
}
