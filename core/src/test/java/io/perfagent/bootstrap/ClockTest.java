package io.perfagent.bootstrap;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClockTest {

    private static final long TSC_2_5_GHZ = 2_500_000_000L;

    @Test
    void ticksBecomeNanosecondsAtTheCountersRate() {
        assertEquals(1_000_000_000L, nanos(TSC_2_5_GHZ, TSC_2_5_GHZ), 1, "a second of ticks");
        assertEquals(400L, nanos(1_000, TSC_2_5_GHZ), 1);
        assertEquals(0L, nanos(0, TSC_2_5_GHZ));
        assertEquals(333L, nanos(1_000, 3_000_000_000L), 1, "a rate that is no power of two");
        assertEquals(2_000L, nanos(1_000, 500_000_000L), 1, "a counter slower than 1 GHz");
    }

    @Test
    void longSpansTakeTheDoublePathWithoutOverflow() {
        long scale = Clock.scaleOf(TSC_2_5_GHZ);
        long maxScaled = Long.MAX_VALUE / scale;
        long atLimit = Clock.ticksToNanos(maxScaled, scale, maxScaled, 0.4);
        long pastLimit = Clock.ticksToNanos(maxScaled + 1, scale, maxScaled, 0.4);
        assertTrue(pastLimit - atLimit >= 0 && pastLimit - atLimit <= 2, atLimit + " then " + pastLimit);
        long hourOfTicks = 3_600L * TSC_2_5_GHZ;
        assertEquals(3_600_000_000_000L, nanos(hourOfTicks, TSC_2_5_GHZ), 3_600, "an hour, within 1 ns per second");
        assertEquals(Long.MAX_VALUE, nanos(Long.MAX_VALUE, 500_000_000L), "saturates instead of wrapping");
    }

    @Test
    void negativeDifferencesStayNegativeSoSamplesClampThemToZero() {
        assertTrue(nanos(-25, TSC_2_5_GHZ) < 0);
        assertEquals(0L, Samples.latencyNanos(Samples.pack(1, nanos(-25, TSC_2_5_GHZ), false)));
    }

    @Test
    void aNanosecondCounterIsTakenAsItIs() {
        long scale = Clock.scaleOf(1_000_000_000L);
        assertEquals(1L << 32, scale);
        assertEquals(123_456_789L, Clock.ticksToNanos(123_456_789L, scale, Long.MAX_VALUE / scale, 1.0));
    }

    @Test
    void withNothingOfferedTheClockIsNanoTime() {
        // no agent in this JVM offered a tick counter before Clock was initialized
        assertEquals(0L, Clock.ticksPerSecond());
        assertEquals(987_654_321L, Clock.nanos(987_654_321L));
        long before = System.nanoTime();
        long now = Clock.now();
        long after = System.nanoTime();
        assertTrue(before <= now && now <= after, before + " <= " + now + " <= " + after);
    }

    private static long nanos(long ticks, long ticksPerSecond) {
        long scale = Clock.scaleOf(ticksPerSecond);
        return Clock.ticksToNanos(ticks, scale, Long.MAX_VALUE / scale, 1e9 / ticksPerSecond);
    }
}
