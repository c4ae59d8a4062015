package io.perfagent.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfagent.core.read.AlertLine;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActiveAlertsTest {

    private static AlertLine a(String rule, String state, String subject) {
        return new AlertLine(rule, state, subject, 1, 1, Instant.EPOCH);
    }

    @Test
    void firingWithoutLaterResolvedIsActive() {
        List<AlertLine> active = ActiveAlerts.of(List.of(a("p99", "firing", "x"), a("pool", "firing", "p"),
                a("pool", "resolved", "p"), a("p99", "firing", "y"), a("p99", "resolved", "y"),
                a("p99", "firing", "y")));
        assertEquals(List.of("x", "y"), active.stream().map(AlertLine::subject).toList());
    }
}
