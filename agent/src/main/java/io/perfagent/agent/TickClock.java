package io.perfagent.agent;

import io.perfagent.bootstrap.BridgeClasses;
import io.perfagent.bootstrap.TickCounter;
import io.perfagent.core.log.AgentLog;

import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.LongSupplier;

/**
 * Decides, once at start, whether the probes read the JVM's tick counter instead of {@code System.nanoTime()}
 * ({@code io.perfagent.bootstrap.Clock}); {@code clock.tsc}. The counter is the one JFR stamps events with,
 * {@code jdk.jfr.internal.JVM.counterTime()}: HotSpot makes it the CPU's invariant time-stamp counter when it trusts
 * it (its "fast time"), and the JIT compiles it to a few instructions, where {@code System.nanoTime()} goes through
 * {@code clock_gettime}. It is used only when all of these hold, else the probes keep {@code System.nanoTime()}:
 *
 * <ul>
 *   <li>the JVM has the {@code jdk.jfr} module and its counter, and {@code jdk.jfr.internal} can be exported to the
 *   bridge's module (and the agent's, to ask the rate); the application's modules see nothing new;</li>
 *   <li>its rate is not 10^9 per second: that is HotSpot's fallback counter, {@code System.nanoTime()}'s own source,
 *   which would save nothing;</li>
 *   <li>{@link #check}: a thousand readings in a row never go back, and over a millisecond it agrees with
 *   {@code System.nanoTime()} within 1 %.</li>
 * </ul>
 * A check that fails is said once on stderr; a JVM without the counter is not (the report's {@code agent.clock} tells
 * which clock measured). Runs in premain, before any class is woven: costs about a millisecond and a few JFR classes.
 */
final class TickClock {

    private static final String JVM_CLASS = "jdk.jfr.internal.JVM";
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int MONOTONIC_READS = 1_000;
    private static final long SPAN_NANOS = 1_000_000L;
    /** Two readings of nanoTime around one of the counter further apart than this: preempted, so measured again. */
    private static final long BRACKET_NANOS = 20_000L;
    private static final int ATTEMPTS = 5;
    private static final double TOLERANCE = 0.01;

    private TickClock() {
    }

    /** Ticks per second to offer the bridge ({@link BridgeClasses#offerTicksPerSecond}); 0 for System.nanoTime. */
    static long open(Instrumentation inst, boolean wanted) {
        if (!wanted || ModuleLayer.boot().findModule("jdk.jfr").isEmpty()) {
            return 0L;
        }
        long ticksPerSecond;
        try {
            InternalPackages.export(inst, "jdk.jfr", "jdk.jfr.internal", BridgeClasses.class.getModule(),
                    TickClock.class.getModule());
            Class<?> jvm = Class.forName(JVM_CLASS);
            Method frequency = jvm.getMethod("getTicksFrequency"); // static from JDK 22, an instance method before
            Object target = Modifier.isStatic(frequency.getModifiers()) ? null : jvm.getMethod("getJVM").invoke(null);
            ticksPerSecond = (Long) frequency.invoke(target);
            TickCounter.read(); // links the call: a failure here is the JVM's, not the check's
        } catch (Throwable unavailable) {
            return 0L; // not HotSpot's JFR as known: nanoTime, as on any JVM without it
        }
        if (ticksPerSecond == NANOS_PER_SECOND) {
            return 0L; // HotSpot's fast time is off: the counter is nanoTime's own source
        }
        String problem = check(new JvmTicks(), new NanoTime(), ticksPerSecond);
        if (problem != null) {
            AgentLog.warn("clock: the JVM's tick counter " + problem + "; timing with System.nanoTime instead");
            return 0L;
        }
        return ticksPerSecond;
    }

    /**
     * Null when {@code ticks} at {@code ticksPerSecond} is a clock the probes may use: monotonic over consecutive
     * readings, and at the same rate as {@code nanos} within 1 % over a millisecond (measured up to five times when a
     * reading was preempted). Otherwise what was wrong, as the end of a sentence about the counter.
     */
    static String check(LongSupplier ticks, LongSupplier nanos, long ticksPerSecond) {
        if (ticksPerSecond <= 0) {
            return "has no rate (" + ticksPerSecond + " per second)";
        }
        long previous = ticks.getAsLong();
        for (int i = 0; i < MONOTONIC_READS; i++) {
            long next = ticks.getAsLong();
            if (next < previous) {
                return "went back by " + (previous - next) + " ticks between two readings";
            }
            previous = next;
        }
        double ratio = Double.NaN;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            ratio = rateAgainstNanos(ticks, nanos, ticksPerSecond);
            if (Math.abs(ratio - 1.0) <= TOLERANCE) {
                return null;
            }
        }
        if (Double.isNaN(ratio)) {
            return "could not be compared with System.nanoTime (every reading was interrupted)";
        }
        return "runs at " + Math.round(ratio * 10_000) / 10_000.0 + " times System.nanoTime's rate (at its stated "
                + ticksPerSecond + " per second)";
    }

    /** The counter's elapsed time over about a millisecond, divided by nanoTime's; NaN when a reading was preempted. */
    private static double rateAgainstNanos(LongSupplier ticks, LongSupplier nanos, long ticksPerSecond) {
        long before0 = nanos.getAsLong();
        long ticks0 = ticks.getAsLong();
        long after0 = nanos.getAsLong();
        long before1;
        do {
            before1 = nanos.getAsLong();
        } while (before1 - before0 < SPAN_NANOS);
        long ticks1 = ticks.getAsLong();
        long after1 = nanos.getAsLong();
        if (after0 - before0 > BRACKET_NANOS || after1 - before1 > BRACKET_NANOS) {
            return Double.NaN;
        }
        double tickNanos = (ticks1 - ticks0) * (1e9 / ticksPerSecond);
        double nanoNanos = (before1 + after1) / 2.0 - (before0 + after0) / 2.0;
        return tickNanos / nanoNanos;
    }

    /** Classes rather than lambdas: premain links no call sites it can do without (docs/benchmarks.md). */
    private static final class JvmTicks implements LongSupplier {
        @Override
        public long getAsLong() {
            return TickCounter.read();
        }
    }

    private static final class NanoTime implements LongSupplier {
        @Override
        public long getAsLong() {
            return System.nanoTime();
        }
    }
}
