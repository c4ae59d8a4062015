package bench.moo;

/**
 * MooBench's monitored method: recurses {@code depth} times and busy-waits {@code methodTime} ns in the leaf, so one
 * top-level call is {@code depth} instrumented calls. Outside {@code io.perfagent.*} so the agent may weave it.
 */
public final class MonitoredClass {

    public long monitoredMethod(long methodTime, int depth) {
        if (depth > 1) {
            return monitoredMethod(methodTime, depth - 1);
        }
        long exitTime = System.nanoTime() + methodTime;
        long now;
        do {
            now = System.nanoTime();
        } while (now < exitTime);
        return now;
    }
}
