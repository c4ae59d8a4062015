package io.perfagent.core.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfagent.core.report.Json;
import io.perfagent.core.report.MetricSummary;
import io.perfagent.core.report.Percentiles;
import io.perfagent.core.view.MetricRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatestTableSinkTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("perfagent-shop-42-latest.txt");
    }

    private LatestTableSink sink() {
        return new LatestTableSink(file(), "perfagent-shop-42.jsonl");
    }

    @Test
    void showsTheTopTwentyKeysByP99AndSaysHowManyAreLeftOut() throws IOException {
        List<MetricSummary> metrics = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            metrics.add(Lines.ramp("svc.K#m" + i, 1000L * i, 100));
        }
        sink().onReport(Lines.interval("2026-01-01T00:00:00Z", "2026-01-01T00:00:10Z", metrics));
        List<String> lines = Files.readAllLines(file());
        assertTrue(lines.get(0).contains("interval 2026-01-01T00:00:00Z .. 2026-01-01T00:00:10Z"), lines.get(0));
        assertTrue(lines.get(1).startsWith("kind"), lines.get(1));
        assertTrue(lines.get(2).contains("svc.K#m25 "), "largest p99 first: " + lines.get(2));
        assertEquals(20, lines.stream().filter(l -> l.startsWith("method")).count());
        assertFalse(lines.stream().anyMatch(l -> l.contains("svc.K#m5 ")), "the 21st..25th are left out");
        assertTrue(lines.get(lines.size() - 1).contains("5 more key(s)"), lines.get(lines.size() - 1));
    }

    @Test
    void firingAlertsComeFirstUntilResolved() throws IOException {
        LatestTableSink sink = sink();
        sink.onEvent(alert("firing"));
        sink.onEvent(Map.of("type", "slow", "key", "ignored"));
        sink.onReport(Lines.interval("2026-01-01T00:00:00Z", "2026-01-01T00:00:10Z",
                List.of(Lines.ramp("svc.A#slow", 1_000_000, 10))));
        String text = Files.readString(file());
        assertTrue(text.contains("ACTIVE ALERTS (1)"), text);
        assertTrue(text.contains("value 80.0ms > threshold 50.0ms"), "ms events shown with time units: " + text);
        assertTrue(text.indexOf("ACTIVE ALERTS") < text.indexOf("kind"));

        sink.onEvent(alert("resolved"));
        sink.onReport(Lines.interval("2026-01-01T00:00:10Z", "2026-01-01T00:00:20Z", List.of()));
        String after = Files.readString(file());
        assertFalse(after.contains("ACTIVE ALERTS"), after);
        assertTrue(after.contains("(no metrics)"), after);
    }

    @Test
    void theWholeRunWrittenAtTheEndShowsNoAlertActive() throws IOException {
        LatestTableSink sink = sink();
        sink.onEvent(alert("firing"));
        sink.onReport(Lines.interval("2026-01-01T00:00:00Z", "2026-01-01T00:00:10Z", List.of()));
        assertTrue(Files.readString(file()).contains("ACTIVE ALERTS (1)"));
        sink.onReport(Lines.summary(List.of(Lines.ramp("svc.A#slow", 1_000_000, 10))));
        String text = Files.readString(file());
        assertFalse(text.contains("ACTIVE ALERTS"), "the series has ended: " + text);
        assertTrue(text.contains("whole run"), text);
    }

    @Test
    void rewritesTheWholeFileAndLeavesNoTemporaryFileBehind() throws IOException {
        LatestTableSink sink = sink();
        sink.onReport(Lines.interval("2026-01-01T00:00:00Z", "2026-01-01T00:00:10Z",
                List.of(Lines.ramp("svc.A#first", 1000, 10))));
        sink.onReport(Lines.summary(List.of(Lines.ramp("svc.A#second", 1000, 10))));
        String text = Files.readString(file());
        assertFalse(text.contains("svc.A#first"), text);
        assertTrue(text.contains("whole run"), text);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file().getFileName().toString()),
                    files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void anUnwritableDirectoryIsReportedNotThrown() throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-dir"), "x");
        LatestTableSink sink = new LatestTableSink(blocker.resolve("sub/latest.txt"), "x.jsonl");
        sink.onReport(Lines.interval("2026-01-01T00:00:00Z", "2026-01-01T00:00:10Z", List.of()));
        assertFalse(Files.exists(blocker.resolve("sub")));
    }

    private static Map<String, Object> alert(String state) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "alert");
        m.put("rule", "p99");
        m.put("state", state);
        m.put("key", "svc.A#slow");
        m.put("value", 80.0);
        m.put("threshold", 50.0);
        m.put("unit", "ms");
        m.put("interval_end", "2026-01-01T00:00:10Z");
        return m;
    }

    @Test
    void rowsAreWhatTheReportReaderMakesOfTheSameMetricsInJson() {
        List<MetricSummary> metrics = List.of(Lines.ramp("svc.A#timed", 1500, 100), Lines.ramp("svc.B#other", 7, 3));
        for (MetricSummary metric : metrics) {
            assertEquals(MetricRow.fromJson(Json.MAPPER.valueToTree(metric)), LatestTableSink.row(metric));
        }
        MetricSummary sql = new MetricSummary("sql", "SELECT 1", "SELECT", null, 3, 1, 2,
                new Percentiles(10, 20, 30, 40L, 50, 12.6), null, new Percentiles(1, 2, 3, null, 4, 2.5), null, null);
        MetricSummary alloc = new MetricSummary(null, "k", null, null, 1, 0, 0,
                new Percentiles(10, 20, 30, null, 50, 10.4), new Percentiles(64, 64, 128, null, 128, 80.5), null,
                null, null);
        for (MetricSummary metric : List.of(sql, alloc)) {
            assertEquals(MetricRow.fromJson(Json.MAPPER.valueToTree(metric)), LatestTableSink.row(metric));
        }
    }
}
