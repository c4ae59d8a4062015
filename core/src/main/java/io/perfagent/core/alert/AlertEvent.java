package io.perfagent.core.alert;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds one alert line as a JSON-ready ordered map:
 * {@code {"type":"alert","rule":..,"state":..,"key"|"resource":..,"value":..,"threshold":..,"unit":..,
 * "interval_end":..}}; rule-specific fields follow. Stateless.
 */
final class AlertEvent {

    private AlertEvent() {
    }

    static Map<String, Object> of(String rule, Transition t, String subjectField, String subject, Object value,
                                  Object threshold, String unit, Instant intervalEnd) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "alert");
        m.put("rule", rule);
        m.put("state", t.state);
        m.put(subjectField, subject);
        m.put("value", value);
        m.put("threshold", threshold);
        m.put("unit", unit);
        m.put("interval_end", intervalEnd.toString());
        return m;
    }

    static Double round2(Double value) {
        return value == null ? null : Math.round(value * 100.0) / 100.0;
    }
}
