package io.perfagent.core.read;

import java.time.Instant;

/**
 * One {@code alert} line: a rule changing state to {@code firing} or {@code resolved} for a key (a method or SQL
 * statement) or a resource (a pool, the heap). Immutable; safe to share between threads.
 *
 * @param subject the line's {@code key}, or its {@code resource} when it has no key
 */
public record AlertLine(String rule, String state, String subject, double value, double threshold, Instant at) {

    public boolean isFiring() {
        return "firing".equals(state);
    }
}
