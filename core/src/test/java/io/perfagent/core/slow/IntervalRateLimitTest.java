package io.perfagent.core.slow;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntervalRateLimitTest {

    @Test
    void letsMaxThroughPerWindowThenStartsAgain() {
        IntervalRateLimit limit = new IntervalRateLimit(0, 1_000, 2);
        assertTrue(limit.tryAcquire(10));
        assertTrue(limit.tryAcquire(20));
        assertFalse(limit.tryAcquire(999));
        assertTrue(limit.tryAcquire(1_000), "next window");
        assertTrue(limit.tryAcquire(1_500));
        assertFalse(limit.tryAcquire(1_900));
    }

    @Test
    void zeroMeansNothingGetsThrough() {
        assertFalse(new IntervalRateLimit(0, 1_000, 0).tryAcquire(1));
    }
}
