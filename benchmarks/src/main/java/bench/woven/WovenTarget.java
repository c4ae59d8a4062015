package bench.woven;

/**
 * The method the woven-code benchmarks call. It lives outside {@code io.perfagent.*} (which the agent never
 * instruments) so that a fork started with {@code methods.include=bench.woven.WovenTarget} weaves the real probe into
 * it. The body is deliberately tiny: the benchmark measures the probe, not the work.
 */
public final class WovenTarget {

    private WovenTarget() {
    }

    public static long compute(long x) {
        return x * 31 + 7;
    }
}
