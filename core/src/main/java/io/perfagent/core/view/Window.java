package io.perfagent.core.view;

import java.time.Instant;

/**
 * A {@code --since}/{@code --until} time window; either end may be open ({@code null}). An interval belongs to the
 * window when it overlaps it: it ends after {@code since} and starts before {@code until}. Immutable.
 */
public record Window(Instant since, Instant until) {

    public static final Window ALL = new Window(null, null);

    public boolean isAll() {
        return since == null && until == null;
    }

    public boolean overlaps(Instant start, Instant end) {
        return (since == null || end.isAfter(since)) && (until == null || start.isBefore(until));
    }

    /** For point events (slow calls, alerts): {@code since <= at < until}. */
    public boolean contains(Instant at) {
        return (since == null || !at.isBefore(since)) && (until == null || at.isBefore(until));
    }
}
