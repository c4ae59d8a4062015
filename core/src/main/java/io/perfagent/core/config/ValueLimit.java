package io.perfagent.core.config;

import java.time.Duration;
import java.util.Optional;

/**
 * A constraint a well-formed value must also meet, such as {@code keys.max >= 1}. A value that breaks it is
 * warned about and replaced by the key's default, exactly like a malformed one.
 *
 * <p>Implementations must be stateless; instances are shared between threads. The standard ones are small named
 * classes rather than lambdas: the key catalogue builds a few dozen of them in premain, where linking each lambda
 * costs the application's start-up about a millisecond.
 */
@FunctionalInterface
public interface ValueLimit {

    /** No constraint beyond the type. */
    ValueLimit NONE = new Unlimited();

    /**
     * @param value the parsed value (Integer, Long, Duration, Double, Boolean, String or List)
     * @return why the value is not allowed, worded to follow "is out of range (", e.g. {@code must be at least 1}
     */
    Optional<String> violation(Object value);

    /** For INT and SIZE keys: {@code min <= value <= max}. */
    static ValueLimit between(long min, long max) {
        return new NumberRange(min, max, "must be between " + min + " and " + max);
    }

    /** For INT keys: {@code value >= min}. */
    static ValueLimit atLeast(long min) {
        return new NumberRange(min, Long.MAX_VALUE, "must be at least " + min);
    }

    /** For SIZE keys: {@code value >= min} bytes. */
    static ValueLimit atLeastBytes(long min) {
        return new NumberRange(min, Long.MAX_VALUE, "must be at least " + min + " bytes");
    }

    /** For DURATION keys: {@code value >= min}; the message shows {@code min} in the unit it was written in. */
    static ValueLimit atLeast(Duration min) {
        return new MinimumDuration(min, "must be at least " + DurationParser.format(min));
    }

    /** Any value of the key's type ({@link #NONE}). */
    final class Unlimited implements ValueLimit {
        private Unlimited() {
        }

        @Override
        public Optional<String> violation(Object value) {
            return Optional.empty();
        }
    }

    /** {@code min <= value <= max} for a Number. */
    final class NumberRange implements ValueLimit {
        private final long min;
        private final long max;
        private final String message;

        private NumberRange(long min, long max, String message) {
            this.min = min;
            this.max = max;
            this.message = message;
        }

        @Override
        public Optional<String> violation(Object value) {
            long v = ((Number) value).longValue();
            return v < min || v > max ? Optional.of(message) : Optional.empty();
        }
    }

    /** {@code value >= min} for a Duration. */
    final class MinimumDuration implements ValueLimit {
        private final Duration min;
        private final String message;

        private MinimumDuration(Duration min, String message) {
            this.min = min;
            this.message = message;
        }

        @Override
        public Optional<String> violation(Object value) {
            return ((Duration) value).compareTo(min) < 0 ? Optional.of(message) : Optional.empty();
        }
    }
}
