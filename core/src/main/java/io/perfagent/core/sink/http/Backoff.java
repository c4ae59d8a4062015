package io.perfagent.core.sink.http;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Waits between retries: exponential ({@code base × 2^attempt}, capped) with jitter (a random 50-100 % of that), so
 * many agents failing against the same collector do not retry in lock-step. Immutable; thread-safe when the random
 * source is.
 */
final class Backoff {

    private final long baseMillis;
    private final long capMillis;
    private final DoubleSupplier random;

    Backoff(Duration base, Duration cap, DoubleSupplier random) {
        this.baseMillis = Math.max(1, base.toMillis());
        this.capMillis = Math.max(baseMillis, cap.toMillis());
        this.random = random;
    }

    static Backoff standard() {
        return new Backoff(Duration.ofMillis(250), Duration.ofSeconds(8), Math::random);
    }

    /** The wait before retry number {@code attempt + 1} (attempt 0 is the wait after the first failure). */
    Duration delay(int attempt) {
        long ceiling = attempt >= 30 ? capMillis : Math.min(capMillis, baseMillis << attempt);
        double factor = 0.5 + 0.5 * Math.min(1.0, Math.max(0.0, random.getAsDouble()));
        return Duration.ofMillis(Math.max(1, Math.round(ceiling * factor)));
    }
}
