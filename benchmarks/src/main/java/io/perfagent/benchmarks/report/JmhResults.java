package io.perfagent.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rows of one JMH JSON result file ({@code -rf json}), keyed by {@code Class.method} (the package dropped):
 * score and error in ns/op and, with {@code -prof gc}, bytes allocated per op. Immutable after loading.
 */
final class JmhResults {

    /** One benchmark's figures; {@code allocBytesPerOp} is NaN without {@code -prof gc}. */
    record Row(String name, int threads, double score, double error, double allocBytesPerOp) {
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    static JmhResults load(Path file) throws IOException {
        JmhResults results = new JmhResults();
        if (!Files.isRegularFile(file)) {
            return results;
        }
        for (JsonNode entry : new ObjectMapper().readTree(file.toFile())) {
            String full = entry.path("benchmark").asText();
            String[] parts = full.split("\\.");
            String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
            JsonNode primary = entry.path("primaryMetric");
            JsonNode alloc = entry.path("secondaryMetrics").path("gc.alloc.rate.norm");
            double error = primary.path("scoreError").asDouble(Double.NaN);
            results.rows.put(name, new Row(name, entry.path("threads").asInt(1), primary.path("score").asDouble(),
                    error, alloc.isMissingNode() ? Double.NaN : alloc.path("score").asDouble()));
        }
        return results;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    Map<String, Row> rows() {
        return rows;
    }

    /** Score in ns/op, or NaN when the benchmark did not run. */
    double score(String name) {
        Row row = rows.get(name);
        return row == null ? Double.NaN : row.score();
    }

    double alloc(String name) {
        Row row = rows.get(name);
        return row == null ? Double.NaN : row.allocBytesPerOp();
    }

    /** score(a) - score(b). */
    double diff(String a, String b) {
        return score(a) - score(b);
    }
}
