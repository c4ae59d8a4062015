package io.perfagent.core.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RateCounterTest {

    private static final long TWO_SECONDS = 2_000_000_000L;

    @Test
    void firstSampleIsZeroThenBytesPerSecond() {
        RateCounter rate = new RateCounter();
        assertEquals(0, rate.perSecond(1_000_000, TWO_SECONDS));
        assertEquals(500, rate.perSecond(1_001_000, TWO_SECONDS));
    }

    @Test
    void counterGoingBackwardsGivesZeroNotNegative() {
        RateCounter rate = new RateCounter();
        rate.perSecond(5_000, TWO_SECONDS);
        assertEquals(0, rate.perSecond(1_000, TWO_SECONDS));
        assertEquals(1_000, rate.perSecond(3_000, TWO_SECONDS));
    }
}
