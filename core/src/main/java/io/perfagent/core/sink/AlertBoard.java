package io.perfagent.core.sink;

import io.perfagent.core.read.AlertLine;
import io.perfagent.core.report.Json;

import java.time.Instant;
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

    /** Reads the event exactly as the report reader reads an alert line, units included. */
    static AlertLine toLine(Map<String, Object> event) {
        Map<String, Object> withTime = new LinkedHashMap<>(event);
        withTime.putIfAbsent("at", Instant.now().toString()); // an event without its time is still shown
        return AlertLine.fromJson(Json.MAPPER.valueToTree(withTime))
                .orElseGet(() -> new AlertLine(String.valueOf(event.get("rule")), String.valueOf(event.get("state")),
                        String.valueOf(event.get("key")), Double.NaN, Double.NaN, Instant.now(), ""));
    }
}
