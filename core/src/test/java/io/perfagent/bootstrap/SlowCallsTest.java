package io.perfagent.bootstrap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SlowCallsTest {

    private final List<Long> seen = new ArrayList<>();

    @AfterEach
    void uninstall() {
        SlowCalls.configure(null, Long.MAX_VALUE);
    }

    @Test
    void eachKindFamilyHasItsOwnThreshold() {
        SlowCalls.configure((id, nanos) -> seen.add(nanos), 1_000, 50);
        SlowCalls.check(1, 999);
        SlowCalls.check(1, 1_000);
        SlowCalls.checkJdbc(2, 49);
        SlowCalls.checkJdbc(2, 50);
        assertEquals(List.of(1_000L, 50L), seen);
    }

    @Test
    void noListenerMeansNoThreshold() {
        SlowCalls.configure(null, 0, 0);
        SlowCalls.check(1, Long.MAX_VALUE - 1);
        SlowCalls.checkJdbc(1, Long.MAX_VALUE - 1);
        assertEquals(List.of(), seen);
    }

    @Test
    void aThrowingListenerCountsAsAnAdviceError() {
        long before = AgentErrors.adviceErrors();
        SlowCalls.configure((id, nanos) -> {
            throw new IllegalStateException("listener bug");
        }, 0);
        SlowCalls.checkJdbc(1, 10);
        assertEquals(before + 1, AgentErrors.adviceErrors());
    }
}
