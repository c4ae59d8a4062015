package io.perfagent.core.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the JSON-lines tables under src/test/resources/alert into settings and interval facts. */
final class AlertCases {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    static final Duration INTERVAL = Duration.ofSeconds(10);
    private static final long MB = 1024L * 1024L;

    private AlertCases() {
    }

    static List<JsonNode> lines(String resource) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = AlertCases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        }
        return out;
    }

    static AlertSettings settings(JsonNode s) {
        AlertSettings d = AlertSettings.defaults();
        return new AlertSettings(s.path("enabled").asBoolean(d.enabled()), s.path("cpu").asDouble(d.cpuPercent()),
                s.path("mem").asDouble(d.memoryPercent()), s.path("gc").asDouble(d.gcTimePercent()),
                Duration.ofMillis(s.path("p99_ms").asLong(d.p99().toMillis())), overrides(s.path("overrides_ms")),
                s.path("for").asInt(d.forIntervals()), s.path("heap_intervals").asInt(d.heapGrowthIntervals()),
                s.path("heap_percent").asDouble(d.heapGrowthPercent()));
    }

    static Map<String, Duration> overrides(JsonNode o) {
        Map<String, Duration> m = new LinkedHashMap<>();
        o.fields().forEachRemaining(e -> m.put(e.getKey(), Duration.ofMillis(e.getValue().asLong())));
        return m;
    }

    /** Interval {@code i} (0-based) of a case; it ends {@code (i + 1) * 10s} after {@link #START}. */
    static IntervalFacts interval(int i, JsonNode n) {
        List<KeyP99> p99s = new ArrayList<>();
        addKeys(n.path("p99"), "method", p99s);
        addKeys(n.path("sql"), "sql", p99s);
        return new IntervalFacts(START.plus(INTERVAL.multipliedBy(i + 1L)), INTERVAL, number(n, "cpu"),
                number(n, "mem"), number(n, "gc"), n.path("gcs").asLong(1), p99s, mb(n, "old_mb"), mb(n, "max_mb"));
    }

    private static void addKeys(JsonNode keys, String kind, List<KeyP99> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = keys.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.add(new KeyP99(e.getKey(), kind, e.getValue().asLong() * 1_000_000L));
        }
    }

    private static Double number(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asDouble() : null;
    }

    private static Long mb(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asLong() * MB : null;
    }
}
