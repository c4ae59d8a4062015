package io.perfagent.core.config;

import java.time.Duration;
import java.util.Optional;

/**
 * A constraint a well-formed value must also meet, such as {@code keys.max >= 1}. A value that breaks it is
 * warned about and replaced by the key's default, exactly like a malformed one.
 *
 * <p>Implementations must be stateless; instances are shared between threads.
 */
@FunctionalInterface
public interface ValueLimit {

    /** No constraint beyond the type. */
    ValueLimit NONE = value -> Optional.empty();

    /**
     * @param value the parsed value (Integer, Long, Duration, Double, Boolean, String or List)
     * @return why the value is not allowed, worded to follow "is out of range (", e.g. {@code must be at least 1}
     */
    Optional<String> violation(Object value);

    /** For INT and SIZE keys: {@code min <= value <= max}. */
    static ValueLimit between(long min, long max) {
        return value -> {
            long v = ((Number) value).longValue();
            return v < min || v > max ? Optional.of("must be between " + min + " and " + max) : Optional.empty();
        };
    }

    /** For INT keys: {@code value >= min}. */
    static ValueLimit atLeast(long min) {
        return value -> ((Number) value).longValue() < min
                ? Optional.of("must be at least " + min) : Optional.empty();
    }

    /** For SIZE keys: {@code value >= min} bytes. */
    static ValueLimit atLeastBytes(long min) {
        return value -> ((Number) value).longValue() < min
                ? Optional.of("must be at least " + min + " bytes") : Optional.empty();
    }

    /** For DURATION keys: {@code value >= min}; the message shows {@code min} in the unit it was written in. */
    static ValueLimit atLeast(Duration min) {
        String shown = DurationParser.format(min);
        return value -> ((Duration) value).compareTo(min) < 0
                ? Optional.of("must be at least " + shown) : Optional.empty();
    }
}
