package io.perfagent.benchmarks.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.perfagent.core.read.MetricsLine;
import io.perfagent.core.read.Report;
import io.perfagent.core.read.ReportReader;

import java.nio.file.Files;
import java.nio.file.Path;

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

    /** Same as {@link #count} over every key of the kind. */
    public static long countKind(Path dir, String kind) {
        return count(dir, kind, "");
    }
}
