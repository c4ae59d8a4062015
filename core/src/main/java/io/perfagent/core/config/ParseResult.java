package io.perfagent.core.config;

import java.util.Objects;

/**
 * The outcome of parsing one raw configuration value: either a value or the reason it was refused. The reason is
 * worded to follow the quoted value in a warning, e.g. {@code is not a duration (e.g. 10s)}.
 *
 * <p>Immutable; safe to share between threads when the value is.
 *
 * @param <T> the parsed type
 */
public record ParseResult<T>(T value, String problem) {

    public ParseResult {
        if ((value == null) == (problem == null)) {
            throw new IllegalArgumentException("exactly one of value and problem must be set");
        }
    }

    public static <T> ParseResult<T> ok(T value) {
        return new ParseResult<>(Objects.requireNonNull(value, "value"), null);
    }

    public static <T> ParseResult<T> problem(String problem) {
        return new ParseResult<>(null, Objects.requireNonNull(problem, "problem"));
    }

    public boolean isOk() {
        return problem == null;
    }

    /** The parsed value, or {@code fallback} when parsing failed. */
    public T orElse(T fallback) {
        return isOk() ? value : fallback;
    }
}
