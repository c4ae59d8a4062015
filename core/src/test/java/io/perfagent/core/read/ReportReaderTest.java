package io.perfagent.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportReaderTest {

    @Test
    void readsRolledPartsBeforeTheLiveFile() {
        Report r = ReportReader.read(Fixtures.reports("run1"));
        assertEquals(2, r.files());
        assertEquals(List.of(Instant.parse("2026-11-27T10:00:00Z"), Instant.parse("2026-11-27T10:00:10Z"),
                Instant.parse("2026-11-27T10:00:20Z")), r.intervals().stream().map(MetricsLine::start).toList());
        assertTrue(r.intervals().get(0).source().endsWith("perfagent-demo-1234-1.jsonl:2"));
        assertEquals(1, r.summaries().size());
        assertEquals(2, r.slows().size());
        assertEquals(3, r.alerts().size());
        assertEquals("HikariPool-1", r.alerts().get(1).subject());
        assertEquals(List.of(), r.problems());
        assertEquals(0, r.skippedLines());
    }

    @Test
    void skipsEachKindOfDamagedLineWithOneMessageNamingFileAndLine() {
        Report r = ReportReader.read(Fixtures.reports("damaged"));
        assertEquals(2, r.intervals().size(), "the two good intervals survive");
        assertEquals(5, r.skippedLines());
        List<String> p = r.problems();
        assertEquals(5, p.size(), p::toString);
        assertTrue(p.get(0).contains("perfagent-demo-99.jsonl:2: not valid JSON"), p.get(0));
        assertTrue(p.get(1).contains("perfagent-demo-99.jsonl:3: not a JSON object"), p.get(1));
        assertTrue(p.get(2).contains("perfagent-demo-99.jsonl:4: written by a newer perfagent"), p.get(2));
        assertTrue(p.get(3).contains("perfagent-demo-99.jsonl:7: incomplete interval line (no \"start\" time)"),
                p.get(3));
        assertTrue(p.get(4).contains("perfagent-demo-99.jsonl:9: torn last line"), p.get(4));
        p.forEach(m -> assertTrue(!m.contains("Exception") && !m.contains("\n"), m));
    }

    @Test
    void capsRepeatedProblemsPerFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("perfagent-x-1.jsonl"), "garbage\n".repeat(10));
        Report r = ReportReader.read(dir);
        assertEquals(10, r.skippedLines());
        assertEquals(ProblemLog.CAP + 1, r.problems().size());
        assertTrue(r.problems().get(ProblemLog.CAP).contains("7 more lines skipped"), r.problems().toString());
    }

    @Test
    void anAlertLineNamesItsProcessAsIntervalLinesDo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("perfagent-shop-7.jsonl"), String.join("\n",
                "{\"type\":\"alert\",\"rule\":\"cpu\",\"state\":\"firing\",\"resource\":\"cpu\",\"value\":91,"
                        + "\"threshold\":80,\"unit\":\"percent\",\"interval_end\":\"2026-11-27T10:00:10Z\","
                        + "\"app\":\"shop\",\"pid\":7}",
                "{\"type\":\"alert\",\"rule\":\"cpu\",\"state\":\"resolved\",\"resource\":\"cpu\",\"value\":9,"
                        + "\"threshold\":80,\"unit\":\"percent\",\"interval_end\":\"2026-11-27T10:00:20Z\"}",
                "{\"type\":\"summary\",\"app\":\"shop\",\"pid\":7,\"start\":\"2026-11-27T10:00:00Z\","
                        + "\"end\":\"2026-11-27T10:00:30Z\",\"metrics\":[]}", ""));
        Report r = ReportReader.read(dir);
        assertEquals(List.of("shop-7", ""), r.alerts().stream().map(AlertLine::process).toList());
        assertEquals(r.summaries().get(0).process(), r.alerts().get(0).process());
    }

    @Test
    void invalidUtf8CostsOnlyItsLine(@TempDir Path dir) throws IOException {
        String good = "{\"type\":\"interval\",\"start\":\"2026-11-27T10:00:00Z\",\"end\":\"2026-11-27T10:00:10Z\"}\n";
        byte[] bad = {(byte) 0xff, (byte) 0xfe, '{', '\n'};
        Path f = dir.resolve("perfagent-x-1.jsonl");
        Files.write(f, bad);
        Files.writeString(f, good, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Report r = ReportReader.read(f);
        assertEquals(1, r.intervals().size());
        assertEquals(1, r.skippedLines());
    }

    @Test
    void emptyDirectoryIsAProblemNotAnError(@TempDir Path dir) {
        Report r = ReportReader.read(dir);
        assertTrue(r.hasNoMetrics());
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).contains("no perfagent-*.jsonl files"), r.problems().get(0));
    }

    @Test
    void missingDirectoryIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nope");
        Report r = ReportReader.read(missing);
        assertTrue(r.hasNoMetrics());
        assertEquals(List.of(missing + ": no such file or directory, nothing read from it"), r.problems());
    }
}
