package io.perfagent.core.read;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Optional;

/**
 * One {@code alert} line: a rule changing state to {@code firing} or {@code resolved} for a key (a method or SQL
 * statement) or a resource (a pool, the heap). Immutable; safe to share between threads.
 *
 * @param subject the line's {@code key}, or its {@code resource} when it has no key
 * @param process the writing process as {@link MetricsLine#process()} names it, empty when the line does not say
 *                (written before alert lines carried {@code app} and {@code pid}, or seen live)
 */
public record AlertLine(String rule, String state, String subject, double value, double threshold, Instant at,
                        String process) {

    /** The alert an {@code "type":"alert"} JSON object describes, as the report reader reads it; empty if malformed. */
    public static Optional<AlertLine> fromJson(JsonNode node) {
        try {
            return Optional.of(LineDecoder.alert(node));
        } catch (LineDecoder.Missing e) {
            return Optional.empty();
        }
    }

    public boolean isFiring() {
        return "firing".equals(state);
    }
}
