package io.perfagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The JSON-lines report files of one forked run, read the way a user with jq would read them. */
public final class Reports {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<JsonNode> lines;

    private Reports(List<JsonNode> lines) {
        this.lines = lines;
    }

    public static Reports read(Path dir) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            List<Path> files;
            try (Stream<Path> list = Files.list(dir)) {
                files = list.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
            }
            for (Path file : files) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        lines.add(MAPPER.readTree(line));
                    }
                }
            }
        }
        return new Reports(lines);
    }

    public List<JsonNode> ofType(String type) {
        return lines.stream().filter(l -> type.equals(l.path("type").asText())).toList();
    }

    public List<JsonNode> intervals() {
        return ofType("interval");
    }

    public JsonNode summary() {
        List<JsonNode> summaries = ofType("summary");
        if (summaries.size() != 1) {
            throw new AssertionError("expected exactly one summary line, found " + summaries.size());
        }
        return summaries.get(0);
    }

    /** The key's metric in one report line, if present. */
    public static Optional<JsonNode> metric(JsonNode line, String key) {
        for (JsonNode metric : line.path("metrics")) {
            if (key.equals(metric.path("key").asText())) {
                return Optional.of(metric);
            }
        }
        return Optional.empty();
    }

    public long intervalCountSum(String key) {
        return intervals().stream().mapToLong(l -> metric(l, key).map(m -> m.path("count").asLong()).orElse(0L)).sum();
    }

    public long summaryCount(String key) {
        return metric(summary(), key).map(m -> m.path("count").asLong()).orElse(0L);
    }

    public JsonNode summaryMetric(String key) {
        return metric(summary(), key).orElseThrow(() -> new AssertionError("no metric " + key + " in summary: "
                + summary().path("metrics")));
    }

    public List<String> summaryKeys() {
        List<String> keys = new ArrayList<>();
        summary().path("metrics").forEach(m -> keys.add(m.path("key").asText()));
        return keys;
    }

    public List<JsonNode> all() {
        return lines;
    }
}
