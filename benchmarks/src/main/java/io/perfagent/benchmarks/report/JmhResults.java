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
 * mean score and error in ns/op, the best (lowest) iteration and, with {@code -prof gc}, bytes allocated per op.
 * Targets are judged on the best iteration: on a shared machine other jobs only ever add time to an iteration, so
 * the lowest one is the closest to what the code costs. Immutable after loading.
 */
final class JmhResults {

    /** One benchmark's figures; {@code allocBytesPerOp} is NaN without {@code -prof gc}. */
    record Row(String name, int threads, double score, double error, double best, double allocBytesPerOp) {
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
            double best = primary.path("scorePercentiles").path("0.0").asDouble(primary.path("score").asDouble());
            results.rows.put(name, new Row(name, entry.path("threads").asInt(1), primary.path("score").asDouble(),
                    error, best, alloc.isMissingNode() ? Double.NaN : alloc.path("score").asDouble()));
        }
        return results;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    Map<String, Row> rows() {
        return rows;
    }

    /** Mean score in ns/op, or NaN when the benchmark did not run. */
    double score(String name) {
        Row row = rows.get(name);
        return row == null ? Double.NaN : row.score();
    }

    /** Best (lowest) iteration in ns/op, or NaN when the benchmark did not run. */
    double best(String name) {
        Row row = rows.get(name);
        return row == null ? Double.NaN : row.best();
    }

    double alloc(String name) {
        Row row = rows.get(name);
        return row == null ? Double.NaN : row.allocBytesPerOp();
    }

    /** best(a) - best(b). */
    double diff(String a, String b) {
        return best(a) - best(b);
    }
}
