package io.perfagent.agent;

import io.perfagent.bootstrap.TickCounter;
import net.bytebuddy.agent.ByteBuddyAgent;
import org.junit.jupiter.api.Test;

import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TickClockTest {

    private static final long GHZ_2_5 = 2_500_000_000L;

    @Test
    void offersTheJvmsCounterExactlyWhenHotSpotRunsItFromTheTsc() throws Exception {
        Instrumentation inst = ByteBuddyAgent.install();
        long offered = TickClock.open(inst, true);
        long frequency = jvmTicksFrequency();
        // HotSpot's counter runs at 10^9 per second when it is nanoTime's own source (no invariant TSC, not x86)
        assertEquals(frequency == 1_000_000_000L ? 0L : frequency, offered, "the JVM's counter runs at " + frequency);
        assertEquals(0L, TickClock.open(inst, false), "clock.tsc=false");
    }

    /** What the probes rely on, on the real counter: it never goes back on a thread and keeps nanoTime's rate. */
    @Test
    void theJvmsCounterIsMonotonicOnEachThreadAndAgreesWithNanoTime() throws Exception {
        TickClock.open(ByteBuddyAgent.install(), true); // exports jdk.jfr.internal to the bridge's module
        long frequency = jvmTicksFrequency();
        AtomicLong wentBack = new AtomicLong();
        Runnable reader = () -> {
            long previous = TickCounter.read();
            for (int i = 0; i < 2_000_000; i++) {
                long next = TickCounter.read();
                if (next < previous) {
                    wentBack.incrementAndGet();
                }
                previous = next;
            }
        };
        Thread other = new Thread(reader);
        other.start();
        reader.run();
        other.join();
        assertEquals(0L, wentBack.get(), "readings that went back");

        double best = Double.MAX_VALUE;
        for (int attempt = 0; attempt < 5; attempt++) {
            long nanos0 = System.nanoTime();
            long ticks0 = TickCounter.read();
            Thread.sleep(200);
            long ticks1 = TickCounter.read();
            long nanos1 = System.nanoTime();
            double tickNanos = (ticks1 - ticks0) * 1e9 / frequency;
            best = Math.min(best, Math.abs(tickNanos / (nanos1 - nanos0) - 1.0));
        }
        assertTrue(best < 0.002, "over 200 ms the counter differs from nanoTime by " + best * 100 + " %");
    }

    @Test
    void acceptsACounterThatKeepsNanoTimesRate() {
        assertNull(TickClock.check(scaledNanoTime(2.5), System::nanoTime, GHZ_2_5));
    }

    @Test
    void refusesACounterAtAnotherRateThanItStates() {
        String problem = TickClock.check(scaledNanoTime(2.5), System::nanoTime, 2_000_000_000L);
        assertTrue(problem != null && problem.startsWith("runs at 1.25"), problem);
    }

    @Test
    void refusesACounterThatGoesBack() {
        long[] next = {1_000_000};
        String problem = TickClock.check(() -> next[0] -= 3, System::nanoTime, GHZ_2_5);
        assertEquals("went back by 3 ticks between two readings", problem);
    }

    @Test
    void refusesACounterWithoutARate() {
        assertEquals("has no rate (0 per second)", TickClock.check(System::nanoTime, System::nanoTime, 0));
    }

    @Test
    void refusesWhenEveryComparisonWasInterrupted() {
        long[] jumpy = {0};
        LongSupplier preemptedEveryTime = () -> jumpy[0] += 50_000; // 50 µs between any two readings
        String problem = TickClock.check(scaledNanoTime(2.5), preemptedEveryTime, GHZ_2_5);
        assertTrue(problem != null && problem.startsWith("could not be compared"), problem);
    }

    private static LongSupplier scaledNanoTime(double ticksPerNano) {
        return () -> (long) (System.nanoTime() * ticksPerNano);
    }

    /** The counter's rate as the JVM states it (static from JDK 22, an instance method before). */
    private static long jvmTicksFrequency() throws Exception {
        Class<?> jvm = Class.forName("jdk.jfr.internal.JVM");
        Method frequency = jvm.getMethod("getTicksFrequency");
        Object target = Modifier.isStatic(frequency.getModifiers()) ? null : jvm.getMethod("getJVM").invoke(null);
        return (Long) frequency.invoke(target);
    }
}
