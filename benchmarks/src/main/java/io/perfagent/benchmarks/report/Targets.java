package io.perfagent.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.perfagent.benchmarks.check.ReportCheck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes every target of the performance issue from this run's results; the limits that depend on the clock and
 * allocation counter use the floor measured in the same run. Stateless apart from its inputs.
 */
final class Targets {

    private static final String WOVEN_TARGET = "bench.woven.WovenTarget#compute";

    private final JmhResults jmh;
    private final JsonNode startup;
    private final JsonNode footprint;
    private final JsonNode moo;
    private final Path reports;

    Targets(JmhResults jdk17, JsonNode moo, JsonNode startup, JsonNode footprint, Path reports) {
        this.jmh = jdk17;
        this.moo = moo;
        this.startup = startup;
        this.footprint = footprint;
        this.reports = reports;
    }

    List<Target> all() {
        List<Target> targets = new ArrayList<>();
        double floorTime = jmh.best("FloorBenchmark.twoNanoTimes");
        double floorAlloc = jmh.best("FloorBenchmark.twoNanoTimesTwoAllocationReads");
        double time1 = jmh.diff("WovenTimeCall.oneThread", "PlainCall.oneThread");
        double alloc1 = jmh.diff("WovenTimeAllocCall.oneThread", "PlainCall.oneThread");
        targets.add(Target.check("Timing only, per call (woven − plain)", floorTime + 8, time1, "ns",
                "limit = 2 × nanoTime (" + Fmt.num(floorTime) + " ns) + 8 ns; " + recorded("woven-time") + "; "
                        + clockRead("woven-time")));
        targets.add(Target.check("Timing + allocated bytes, per call", floorAlloc + 12, alloc1, "ns",
                "limit = 2 × nanoTime + 2 × allocation read (" + Fmt.num(floorAlloc) + " ns) + 12 ns; "
                        + recorded("woven-alloc") + "; " + clockRead("woven-alloc")));
        targets.add(Target.check("Bytes allocated per call by the application thread", 0.5, mooThreadAlloc(), "B",
                "MooBench perfagent rows (JDK 17 and 25, with and without allocation tracking), the calling thread's "
                        + "own counter over the measured half; any allocation per call would be ≥ 16 B. JMH -prof gc "
                        + "of the woven forks, which also counts the agent's flush thread: up to "
                        + Fmt.bytes(maxAlloc()) + " B/op"));
        double time2 = jmh.diff("WovenTimeCall.twoThreads", "PlainCall.twoThreads");
        targets.add(Target.check("2 threads, timing only: overhead vs 1 thread", time1 * 1.10, time2, "ns",
                "limit = 1.10 × the 1-thread overhead; " + twoThreadFloor()));
        double alloc2 = jmh.diff("WovenTimeAllocCall.twoThreads", "PlainCall.twoThreads");
        targets.add(Target.check("2 threads, timing + alloc: overhead vs 1 thread", alloc1 * 1.10, alloc2, "ns",
                "limit = 1.10 × the 1-thread overhead; " + twoThreadFloor()));
        targets.add(Target.check("Class matching no pattern (agent running)", 1.0,
                jmh.diff("AgentUnmatchedCall.oneThread", "PlainCall.oneThread"), "ns",
                "≈ 0 within noise; any probe costs ≥ 2 clock readings. " + notRecorded("unmatched")));
        targets.add(Target.check("enabled=false", 1.0, jmh.diff("AgentDisabledCall.oneThread", "PlainCall.oneThread"),
                "ns", "≈ 0 within noise. " + notRecorded("disabled")));
        targets.add(jdbc());
        targets.add(Target.check("Start-up: time to first request, added by the agent", 150,
                number(startup, "added_ms"), "ms", "median of " + startup.path("runs").asInt() + " runs each"));
        targets.add(Target.check("Start-up with startup.background=true, added by the agent", 150,
                number(startup, "background_added_ms"), "ms", "median of " + startup.path("runs").asInt()
                        + " runs each; the probes are built once the start-up has settled, so calls before are not"
                        + " measured: the 20-request demo ended before they were ready in "
                        + startup.path("background_unmeasured_runs").asText("?") + " of " + startup.path("runs").asInt()
                        + " runs"));
        targets.add(Target.check("Agent heap, 1000 keys × 8 threads (MiB)", 32,
                number(footprint, "agent_heap_bytes") / 1048576.0, "MiB", footprint.path("check").asText("")));
        return targets;
    }

    /**
     * Which clock the probes read in the forks behind a target ({@code agent.clock}), and what two readings of the
     * JVM's tick counter cost here: with it the probe can come in below a floor stated in nanoTime readings.
     */
    private String clockRead(String dir) {
        return "the probes read clock " + ReportCheck.clock(reports.resolve(dir)) + " (tsc: the JVM's tick counter, "
                + "two readings " + Fmt.num(jmh.best("FloorBenchmark.twoTicks")) + " ns here)";
    }

    /** What the clock alone does on two threads on this machine: the part of a 2-thread difference no probe adds. */
    private String twoThreadFloor() {
        double one = jmh.best("FloorBenchmark.twoNanoTimes");
        double two = jmh.best("FloorBenchmark.twoNanoTimesTwoThreads");
        return "the floor alone (2 × nanoTime, no agent) on 2 threads: " + Fmt.num(two) + " ns against "
                + Fmt.num(one) + " on 1 (" + Fmt.signedPercent(two / one - 1) + ")";
    }

    private Target jdbc() {
        long statements = ReportCheck.countKind(reports.resolve("jdbc"), "sql");
        String probe = statements > 0 ? "best iterations over all forks of each, one per round (a fork's JIT "
                + "outcome on H2 is bimodal here); perfagent recorded " + statements + " statements; "
                + clockRead("jdbc") + ", two nanoTime readings " + Fmt.num(jmh.best("FloorBenchmark.twoNanoTimes"))
                + " ns"
                : "this perfagent.jar recorded no SQL statement (no JDBC probe in this build): the figure is the "
                + "agent's presence only";
        return Target.check("JDBC executeQuery on H2, perfagent − empty agent", 100,
                jmh.diff("JdbcPerfagent.executeQuery", "JdbcEmptyAgent.executeQuery"), "ns", probe);
    }

    private double maxAlloc() {
        double max = Double.NaN;
        for (String name : List.of("WovenTimeCall.oneThread", "WovenTimeCall.twoThreads",
                "WovenTimeAllocCall.oneThread", "WovenTimeAllocCall.twoThreads")) {
            double value = jmh.alloc(name);
            max = Double.isNaN(max) || value > max ? value : max;
        }
        return max;
    }

    private double mooThreadAlloc() {
        double max = Double.NaN;
        for (JsonNode row : moo.path("configs")) {
            if (row.path("name").asText().startsWith("perfagent")) {
                double value = row.path("thread_alloc_bytes_per_call").asDouble(Double.NaN);
                max = Double.isNaN(max) || value > max ? value : max;
            }
        }
        return max;
    }

    private String recorded(String dir) {
        long calls = ReportCheck.count(reports.resolve(dir), "method", WOVEN_TARGET);
        return calls > 0 ? "verified: perfagent's report counted " + calls + " calls"
                : "NOT VERIFIED: perfagent's report has no call of " + WOVEN_TARGET;
    }

    private String notRecorded(String dir) {
        long calls = ReportCheck.count(reports.resolve(dir), "method", WOVEN_TARGET);
        return calls == 0 ? "verified: no call recorded, the class was left alone"
                : "UNEXPECTED: perfagent recorded " + calls + " calls";
    }

    private static double number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.asDouble() : Double.NaN;
    }
}
