package io.perfagent.bootstrap;

import jdk.jfr.internal.JVM;

/**
 * The probes' clock: {@link #now()} on entry and exit, {@link #nanos} for the difference. Chosen once per JVM, when
 * this class is initialized, from what the agent offered ({@link BridgeClasses#offerTicksPerSecond}):
 *
 * <ul>
 *   <li>the JVM's own tick counter, the one JFR stamps its events with ({@code jdk.jfr.internal.JVM.counterTime()}): on
 *   HotSpot x86 with an invariant time-stamp counter it is the CPU's TSC, and C1 and C2 compile it to a leaf call of
 *   a few instructions, about a third of what {@code System.nanoTime()} costs through {@code clock_gettime} on the
 *   machines measured (docs/benchmarks.md, "The probes' clock"). The agent offers it only when HotSpot enabled its fast
 *   time and the counter was checked against {@code System.nanoTime()} at start (monotonic, same rate); the package
 *   is exported to the bridge alone;</li>
 *   <li>{@code System.nanoTime()} otherwise (nothing offered, {@code clock.tsc=false}, another JVM, a failed
 *   check).</li>
 * </ul>
 *
 * <p>The choice lives in static finals, so the JIT folds the branch away and a probe pays for one clock only. Elapsed
 * ticks become nanoseconds by a 32.32 fixed-point multiply (calls up to a few seconds) or a double multiply beyond;
 * a negative difference (a thread moved between cores whose counters differ by a few ticks) stays negative, which the
 * samples clamp to 0. Stateless after initialization; safe on any thread.
 */
public final class Clock {

    private static final long TICKS_PER_SECOND = Math.max(0L, BridgeClasses.offeredTicksPerSecond());
    private static final boolean TICKS = TICKS_PER_SECOND > 0;
    /** Nanoseconds per tick, times 2^32. */
    private static final long SCALE = TICKS ? scaleOf(TICKS_PER_SECOND) : 1L << 32;
    /** The largest tick count whose product with SCALE fits a long. */
    private static final long MAX_SCALED = Long.MAX_VALUE / SCALE;
    private static final double NANOS_PER_TICK = TICKS ? 1e9 / TICKS_PER_SECOND : 1.0;

    private Clock() {
    }

    /** The current time in this clock's unit: only differences of two readings mean anything ({@link #nanos}). */
    public static long now() {
        return TICKS ? JVM.counterTime() : System.nanoTime();
    }

    /** A difference of two {@link #now()} readings in nanoseconds. */
    public static long nanos(long elapsed) {
        return TICKS ? ticksToNanos(elapsed, SCALE, MAX_SCALED, NANOS_PER_TICK) : elapsed;
    }

    /** Ticks per second of {@link #now()}; 0 when it is {@code System.nanoTime()}. */
    public static long ticksPerSecond() {
        return TICKS_PER_SECOND;
    }

    /** Nanoseconds per tick times 2^32, for {@link #ticksToNanos}. */
    static long scaleOf(long ticksPerSecond) {
        return Math.max(1L, Math.round(1e9 / ticksPerSecond * 4294967296.0));
    }

    /**
     * {@code ticks} in nanoseconds: exact fixed point for {@code 0 <= ticks <= maxScaled} (the common case, one
     * multiply and a shift), a double multiply for longer spans and for negative ones.
     */
    static long ticksToNanos(long ticks, long scale, long maxScaled, double nanosPerTick) {
        if (Long.compareUnsigned(ticks, maxScaled) <= 0) {
            return (ticks * scale) >>> 32;
        }
        return (long) (ticks * nanosPerTick);
    }
}
