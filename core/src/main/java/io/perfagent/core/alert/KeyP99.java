package io.perfagent.core.alert;

/**
 * One key's p99 latency in an interval. {@code kind} is the key's kind as the registry names it ({@code "method"},
 * {@code "sql"}); only {@code "sql"} keys are matched by SQL-prefix overrides. Immutable.
 */
public record KeyP99(String key, String kind, long p99Nanos) {
}
