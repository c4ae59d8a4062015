package io.perfagent.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one parsed JSON object into the record for its {@code type}. Unknown fields are ignored; a line missing
 * what its type cannot do without (an interval without {@code start}) is reported through {@link Missing}.
 * Stateless.
 */
final class LineDecoder {

    /** Thrown inside the decoder only; the reader turns it into a problem message. */
    static final class Missing extends Exception {
        Missing(String what) {
            super(what, null, false, false);
        }
    }

    private LineDecoder() {
    }

    static MetricsLine metrics(JsonNode n, String source) throws Missing {
        List<JsonNode> metrics = new ArrayList<>();
        JsonNode array = n.path("metrics");
        if (array.isArray()) {
            array.forEach(metrics::add);
        }
        return new MetricsLine(n.path("type").asText(), n.path("app").asText("?"), n.path("pid").asLong(-1),
                n.path("host").asText(""), instant(n, "start"), instant(n, "end"), metrics, source);
    }

    static SlowLine slow(JsonNode n) throws Missing {
        List<String> stack = new ArrayList<>();
        n.path("stack").forEach(frame -> stack.add(frame.asText()));
        return new SlowLine(n.path("kind").asText(""), n.path("key").asText(""), n.path("duration_ns").asLong(),
                n.path("thread").asText(""), instant(n, "at"), stack);
    }

    static AlertLine alert(JsonNode n) throws Missing {
        String subject = n.hasNonNull("key") ? n.get("key").asText() : n.path("resource").asText("");
        double toViewUnit = timeUnitInNanos(n.path("unit").asText(""));
        return new AlertLine(n.path("rule").asText(""), n.path("state").asText(""), subject,
                n.path("value").asDouble(Double.NaN) * toViewUnit, n.path("threshold").asDouble(Double.NaN) * toViewUnit,
                instant(n, n.has("interval_end") ? "interval_end" : "at"),
                n.has("pid") ? MetricsLine.process(n.path("app").asText(""), n.path("pid").asLong()) : "");
    }

    /** Latency alerts state their unit ("ms"); views show times in ns. Other units (percent) pass unchanged. */
    private static double timeUnitInNanos(String unit) {
        switch (unit) {
            case "ms":
                return 1e6;
            case "us":
                return 1e3;
            case "s":
                return 1e9;
            default:
                return 1;
        }
    }

    private static Instant instant(JsonNode n, String field) throws Missing {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new Missing("no \"" + field + "\" time");
        }
        try {
            return Instant.parse(v.asText());
        } catch (DateTimeParseException e) {
            throw new Missing("\"" + field + "\" is not an ISO instant: " + v.asText());
        }
    }
}
