package io.perfagent.it.sinks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perfagent.it.ForkedJvm;
import io.perfagent.it.Jdks;
import io.perfagent.it.Reports;
import io.perfagent.it.TestPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sample.sinks.GatedApp;
import sample.sinks.TimedLoadApp;

/** The file outputs as a user meets them: histogram logs and merge, the latest table, rotation, a broken directory. */
class FileOutputsIT {

    private static final String UNIT = "sample.sinks.SinkWork#unit";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ForkedJvm.Result fixedCalls(Jdks.Jdk jdk, Path workDir, long calls) throws Exception {
        Path gate = Files.createDirectories(workDir).resolve("gate");
        Files.writeString(gate, "open");
        ForkedJvm.Result run = ForkedJvm.on(jdk).agent(null).jvmArg(Runs.WORK).jvmArg("-Dperfagent.flush.interval=200ms")
                .workDir(workDir).main(GatedApp.class, gate.toString(), Long.toString(calls)).run();
        assertEquals(0, run.exitCode(), run::toString);
        return run;
    }

    private static JsonNode merge(String... args) throws Exception {
        ForkedJvm.Result merged = ForkedJvm.on(Jdks.current()).jar(ForkedJvm.AGENT_JAR, args).run();
        assertEquals(0, merged.exitCode(), merged::toString);
        for (JsonNode row : JSON.readTree(merged.stdout()).path("keys")) {
            if (row.path("measure").asText().equals("latency") && row.path("key").asText().equals(UNIT)) {
                return row;
            }
        }
        throw new AssertionError("no latency row for " + UNIT + " in " + merged.stdout());
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void histogramLogsMergeExactlyAcrossRunsAndMatchTheSummary(Jdks.Jdk jdk) throws Exception {
        Path root = Files.createTempDirectory(TestPaths.workRoot(), "hlog");
        ForkedJvm.Result a = fixedCalls(jdk, root.resolve("a"), 200_000);
        ForkedJvm.Result b = fixedCalls(jdk, root.resolve("b"), 300_000);
        JsonNode summaryA = a.reports().summaryMetric(UNIT);
        JsonNode summaryB = b.reports().summaryMetric(UNIT);
        // calls counted while the drain was behind (a loaded machine) are in count but have no histogram sample
        long sampledA = summaryA.path("count").asLong() - summaryA.path("unsampled").asLong(0);
        long sampledB = summaryB.path("count").asLong() - summaryB.path("unsampled").asLong(0);
        assertTrue(sampledA > 100_000, summaryA::toString);

        JsonNode onlyA = merge("merge", a.reportDir().toString(), "--json");
        assertEquals(sampledA, onlyA.path("count").asLong());
        for (String field : List.of("p50", "p95", "p99", "max")) {
            assertEquals(summaryA.path("latency_ns").path(field).asLong(), onlyA.path(field).asLong(),
                    field + ": the intervals' histograms add up to exactly the summary's");
        }
        JsonNode both = merge("merge", a.reportDir().toString(), b.reportDir().toString(), "--tag", "latency:",
                "--json");
        assertEquals(sampledA + sampledB, both.path("count").asLong());

        String table = Files.readString(latestTable(a));
        assertTrue(table.startsWith("perfagent GatedApp pid "), table);
        assertTrue(table.contains(UNIT), table);
    }

    private static Path latestTable(ForkedJvm.Result run) throws Exception {
        try (Stream<Path> files = Files.list(run.reportDir())) {
            return files.filter(p -> p.getFileName().toString().endsWith("-latest.txt")).findFirst().orElseThrow();
        }
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void reportsRollAndRetentionTouchesNothingButOurOwnFiles(Jdks.Jdk jdk) throws Exception {
        Path work = Files.createTempDirectory(TestPaths.workRoot(), "roll");
        Path reports = Files.createDirectories(work.resolve("perfagent-reports"));
        Path notes = Files.writeString(reports.resolve("notes.txt"), "the user's own file");
        String foreignLine = "{\"type\":\"config\",\"version\":1}\n";
        Path otherLive = Files.writeString(reports.resolve("perfagent-other-99.jsonl"), foreignLine);
        Path otherRolled = Files.writeString(reports.resolve("perfagent-other-99-1.jsonl"), foreignLine);
        ForkedJvm.Result run = ForkedJvm.on(jdk).agent(null).jvmArg(Runs.WORK)
                .jvmArg("-Dperfagent.flush.interval=100ms").jvmArg("-Dperfagent.report.max-file-size=1KB")
                .jvmArg("-Dperfagent.report.max-files=3").workDir(work)
                .main(TimedLoadApp.class, "500", "1500").run();
        assertEquals(0, run.exitCode(), run::toString);
        String base = "perfagent-TimedLoadApp-";
        List<String> names;
        try (Stream<Path> files = Files.list(reports)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(3, names.stream().filter(n -> n.startsWith(base) && n.endsWith(".jsonl")).count(), names::toString);
        assertEquals(3, names.stream().filter(n -> n.startsWith(base) && n.endsWith(".hlog")).count(), names::toString);
        for (Path p : List.of(notes, otherLive, otherRolled)) {
            assertTrue(Files.exists(p), p + " was deleted: " + names);
        }
        assertTrue(Reports.read(reports).ofType("summary").size() == 1, "the newest file holds the summary");
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void anUnwritableReportDirectoryCostsOneLineAndLosesNothing(Jdks.Jdk jdk) throws Exception {
        // Root ignores permissions, but nobody can create a directory below a regular file.
        Path work = Files.createTempDirectory(TestPaths.workRoot(), "blocked");
        Path blocker = Files.writeString(work.resolve("blocked"), "a file where a directory should be");
        Path gate = work.resolve("gate");
        ForkedJvm jvm = ForkedJvm.on(jdk).agent(null).jvmArg(Runs.WORK).jvmArg("-Dperfagent.flush.interval=100ms")
                .jvmArg("-Dperfagent.report.dir=blocked/reports").workDir(work)
                .main(GatedApp.class, gate.toString());
        Process process = jvm.start();
        awaitStderr(work, "cannot write", process);
        Thread.sleep(500); // a few more intervals wait in memory
        Files.delete(blocker);
        Files.createDirectory(blocker);
        Thread.sleep(500); // and are written once the directory can be made
        Files.writeString(gate, "done");
        ForkedJvm.Result run = jvm.waitFor(process);
        assertEquals(0, run.exitCode(), run::toString);

        List<String> problems = run.stderr().lines().filter(l -> l.contains("cannot write")).toList();
        assertEquals(1, problems.size(), run.stderr());
        assertTrue(problems.get(0).startsWith("perfagent: "), problems.get(0));
        Reports reports = Reports.read(work.resolve("blocked/reports"));
        long calls = Runs.calls(run);
        assertEquals(calls, reports.summaryCount("sample.sinks.SinkWork#unit"), run::toString);
        assertEquals(calls, reports.intervalCountSum("sample.sinks.SinkWork#unit"),
                "the intervals written while the directory was broken are all there");
        assertEquals(0, reports.summary().path("agent").path("report_lines_dropped").asLong());
    }

    private static void awaitStderr(Path work, String text, Process process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Path stderr = work.resolve("stderr.txt");
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.exists(stderr) && Files.readString(stderr, StandardCharsets.UTF_8).contains(text)) {
                return;
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new AssertionError("never saw '" + text + "' on stderr");
    }
}
