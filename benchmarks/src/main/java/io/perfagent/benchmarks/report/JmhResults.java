package io.perfagent.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of JMH JSON result files ({@code -rf json}), keyed by {@code Class.method} (the package dropped):
 * mean score and error in ns/op, the best (lowest) iteration and, with {@code -prof gc}, bytes allocated per op.
 * Targets are judged on the best iteration: on a shared machine other jobs only ever add time to an iteration, so
 * the lowest one is the closest to what the code costs. A benchmark measured in several rounds (files) keeps its best
 * iteration over all of them, the mean of their means and bytes, and the largest error. Immutable after loading.
 */
final class JmhResults {

    /** One benchmark's figures; {@code allocBytesPerOp} is NaN without {@code -prof gc}. */
    record Row(String name, int threads, double score, double error, double best, double allocBytesPerOp) {
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    static JmhResults load(Path file) throws IOException {
        return load(List.of(file));
    }

    /** The rounds' files, merged as the class comment says; files that do not exist are skipped. */
    static JmhResults load(List<Path> files) throws IOException {
        Map<String, List<Row>> rounds = new LinkedHashMap<>();
        for (Path file : files) {
            for (Row row : readRows(file)) {
                rounds.computeIfAbsent(row.name(), name -> new ArrayList<>()).add(row);
            }
        }
        JmhResults results = new JmhResults();
        for (List<Row> measured : rounds.values()) {
            results.rows.put(measured.get(0).name(), merge(measured));
        }
        return results;
    }

    private static Row merge(List<Row> rounds) {
        double best = Double.POSITIVE_INFINITY;
        double scores = 0;
        double alloc = 0;
        double error = 0;
        for (Row row : rounds) {
            best = Math.min(best, row.best());
            scores += row.score();
            alloc += row.allocBytesPerOp();
            error = Math.max(error, row.error());
        }
        Row first = rounds.get(0);
        return new Row(first.name(), first.threads(), scores / rounds.size(), error, best, alloc / rounds.size());
    }

    private static List<Row> readRows(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return rows;
        }
        for (JsonNode entry : new ObjectMapper().readTree(file.toFile())) {
            String full = entry.path("benchmark").asText();
            String[] parts = full.split("\\.");
            String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
            JsonNode primary = entry.path("primaryMetric");
            JsonNode alloc = entry.path("secondaryMetrics").path("gc.alloc.rate.norm");
            double error = primary.path("scoreError").asDouble(Double.NaN);
            double best = primary.path("scorePercentiles").path("0.0").asDouble(primary.path("score").asDouble());
            rows.add(new Row(name, entry.path("threads").asInt(1), primary.path("score").asDouble(),
                    error, best, alloc.isMissingNode() ? Double.NaN : alloc.path("score").asDouble()));
        }
        return rows;
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
