package io.perfagent.core.sink;

import io.perfagent.core.read.AlertLine;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alerts firing right now, kept from the {@code "type":"alert"} events as they arrive: a {@code firing} event
 * adds (or refreshes) its rule and subject, a {@code resolved} one removes it, so memory is bounded by the number of
 * rules times subjects. Flush thread only; not thread-safe.
 */
final class AlertBoard {

    private final Map<String, AlertLine> firing = new LinkedHashMap<>();

    void accept(Map<String, Object> event) {
        AlertLine alert = toLine(event);
        String id = alert.rule() + "\u0000" + alert.subject();
        firing.remove(id); // re-inserted below so the order follows the latest change
        if (alert.isFiring()) {
            firing.put(id, alert);
        }
    }

    List<AlertLine> active() {
        return new ArrayList<>(firing.values());
    }

    static AlertLine toLine(Map<String, Object> e) {
        Object subject = e.get("key") != null ? e.get("key") : e.get("resource");
        // the table shows latency rules' figures as nanoseconds; alert events may carry them in milliseconds
        double scale = "ms".equals(e.get("unit")) ? 1e6 : 1.0;
        return new AlertLine(text(e.get("rule")), text(e.get("state")), text(subject), number(e.get("value")) * scale,
                number(e.get("threshold")) * scale, instant(e.get("at") != null ? e.get("at") : e.get("interval_end")));
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static Instant instant(Object o) {
        try {
            return o == null ? Instant.now() : Instant.parse(o.toString());
        } catch (DateTimeParseException e) {
            return Instant.now();
        }
    }
}
