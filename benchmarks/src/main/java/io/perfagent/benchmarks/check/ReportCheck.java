package io.perfagent.benchmarks.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perfagent.core.read.MetricsLine;
import io.perfagent.core.read.Report;
import io.perfagent.core.read.ReportReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads perfagent's own report files the way a user would, to prove that a benchmark's agent really recorded (or
 * really did not record) a key: a probe that silently does nothing would make every figure a lie.
 */
public final class ReportCheck {

    private ReportCheck() {
    }

    /** Calls recorded for keys of {@code kind} containing {@code keyPart} in the summary lines under {@code dir}. */
    public static long count(Path dir, String kind, String keyPart) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        Report report = ReportReader.read(dir);
        long total = 0;
        for (MetricsLine line : report.summaries()) {
            for (JsonNode metric : line.metrics()) {
                if (kind.equals(metric.path("kind").asText()) && metric.path("key").asText().contains(keyPart)) {
                    total += metric.path("count").asLong();
                }
            }
        }
        return total;
    }

    /**
     * The clocks the probes read in the reports under {@code dir} ({@code agent.clock} of every summary line: tsc or
     * nanotime), distinct and sorted, joined by "+"; "unknown" when no summary says.
     */
    public static String clock(Path dir) {
        if (!Files.isDirectory(dir)) {
            return "unknown";
        }
        Set<String> clocks = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".jsonl"))::iterator) {
                for (String line : Files.readAllLines(file)) {
                    JsonNode node = json.readTree(line);
                    if ("summary".equals(node.path("type").asText()) && node.path("agent").has("clock")) {
                        clocks.add(node.path("agent").path("clock").asText());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return clocks.isEmpty() ? "unknown" : String.join("+", clocks);
    }

    /** Same as {@link #count} over every key of the kind. */
    public static long countKind(Path dir, String kind) {
        return count(dir, kind, "");
    }
}
