package io.perfagent.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfagent.core.read.AlertLine;
import io.perfagent.core.read.MetricsLine;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActiveAlertsTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    private static AlertLine a(String rule, String state, String subject) {
        return at(rule, state, subject, "", 0);
    }

    private static AlertLine at(String rule, String state, String subject, String process, int second) {
        return new AlertLine(rule, state, subject, 1, 1, T0.plusSeconds(second), process);
    }

    private static MetricsLine summary(String app, long pid, int fromSecond, int toSecond) {
        return new MetricsLine("summary", app, pid, "h", T0.plusSeconds(fromSecond), T0.plusSeconds(toSecond),
                List.of(), "f:1");
    }

    private static List<String> subjects(List<AlertLine> alerts) {
        return alerts.stream().map(AlertLine::subject).toList();
    }

    @Test
    void firingWithoutLaterResolvedIsActive() {
        List<AlertLine> active = ActiveAlerts.of(List.of(a("p99", "firing", "x"), a("pool", "firing", "p"),
                a("pool", "resolved", "p"), a("p99", "firing", "y"), a("p99", "resolved", "y"),
                a("p99", "firing", "y")), List.of());
        assertEquals(List.of("x", "y"), subjects(active));
    }

    @Test
    void anAlertOfASeriesThatEndedIsNotActive() {
        List<AlertLine> alerts = List.of(at("p99", "firing", "x", "shop-7", 5), at("cpu", "firing", "cpu", "shop-7", 8));
        assertEquals(List.of("x", "cpu"), subjects(ActiveAlerts.of(alerts, List.of())));
        assertEquals(List.of(), ActiveAlerts.of(alerts, List.of(summary("shop", 7, 0, 10))));
    }

    @Test
    void onlyTheSummaryOfTheSameProcessAndSpanEndsAnAlert() {
        List<AlertLine> alerts = List.of(at("p99", "firing", "x", "shop-7", 5),
                at("p99", "firing", "x", "shop-8", 5), at("p99", "firing", "y", "shop-7", 30));
        // shop-8 wrote no summary (it died); shop-7's second series (an attach after a detach) is still running
        List<MetricsLine> summaries = List.of(summary("shop", 7, 0, 10), summary("other", 8, 0, 10));
        assertEquals(List.of("x", "y"), subjects(ActiveAlerts.of(alerts, summaries)));
        assertEquals(List.of("shop-8", "shop-7"), ActiveAlerts.of(alerts, summaries).stream()
                .map(AlertLine::process).toList());
    }

    @Test
    void aLineThatDoesNotNameItsProcessIsJudgedByItsStateAlone() {
        assertEquals(List.of("x"), subjects(ActiveAlerts.of(List.of(a("p99", "firing", "x")),
                List.of(summary("shop", 7, -60, 60)))));
    }
}
