package io.perfagent.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.perfagent.benchmarks.check.ReportCheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sections of BENCHMARKS.md, each from one part of the run's results. Not thread-safe. */
final class Sections {

    private final Markdown md;
    private final Path results;

    Sections(Markdown md, Path results) {
        this.md = md;
        this.results = results;
    }

    void header(String mode) throws IOException {
        Map<String, String> env = keyValues(results.resolve("env.txt"));
        md.heading(1, "perfagent benchmarks");
        md.para("Written by `benchmarks/run.sh" + ("full".equals(mode) ? "" : " --" + mode) + "` on "
                + env.getOrDefault("date", "?") + " (mode: " + mode + "). Do not edit: run the script again. "
                + "How to read and re-run these figures: docs/benchmarks.md.");
        int cores = Integer.parseInt(env.getOrDefault("nproc", "0"));
        if (cores <= 2) {
            md.para("**Measured on a shared " + cores + "-core VM while other jobs were running** (load average "
                    + env.getOrDefault("load_start", "?") + " at the start, " + env.getOrDefault("load_end", "?")
                    + " at the end): single figures are noisy, by tens of percent when the machine is busy. Read the "
                    + "differences within one table, where every configuration saw the same machine.");
        }
        List<List<String>> rows = new ArrayList<>();
        for (String key : List.of("cpu", "nproc", "memory", "os", "jdk17", "jdk25", "load_start", "load_end")) {
            rows.add(List.of(key, env.getOrDefault(key, "-")));
        }
        md.heading(2, "Machine").table(List.of("", ""), rows);
        Path commands = results.resolve("commands.txt");
        md.heading(2, "Commands").code(Files.isRegularFile(commands) ? Files.readString(commands) : "(not recorded)");
    }

    /** {@code judged} is false for a smoke run, whose one short iteration proves only that everything runs. */
    void targets(List<Target> targets, boolean judged) {
        List<List<String>> rows = new ArrayList<>();
        for (Target t : targets) {
            rows.add(List.of(t.name(), t.limit(), t.measured(), judged ? t.verdictText() : "smoke: not judged",
                    t.note()));
        }
        md.heading(2, "Targets (JDK 17, per instrumented call, floor measured in this run)");
        md.para("Time figures are JMH's best (lowest) iteration of each benchmark, differences taken between best "
                + "iterations: on a shared machine other jobs only add time, so the lowest iteration is the closest "
                + "to the code's own cost. The benchmarks compared here (the floor, plain and woven calls, JDBC) ran "
                + "in rounds, one fork each per round, so that each saw several stretches of the machine's time; a "
                + "figure is the best over all rounds. Means and errors are in the JMH tables below.")
                .table(List.of("target", "limit", "measured", "result", "how / verified"), rows);
    }

    void moo(JsonNode moo) {
        md.heading(2, "MooBench-style overhead, perfagent and peers side by side");
        md.para("`bench.moo.MonitoredClass#monitoredMethod(0, " + moo.path("depth").asInt() + ")` recurses "
                + moo.path("depth").asInt() + " deep with a 0 ns leaf; " + moo.path("calls").asLong()
                + " top-level calls per JVM, the first half discarded as warm-up; " + moo.path("rounds").asInt()
                + " rounds with the configurations' order rotated each round; medians. Overhead per instrumented "
                + "call = (configuration − plain JVM on the same JDK) / depth. CPU counts every thread of the "
                + "process (an agent's background work included). Each tool was first checked, in a short run, to "
                + "have really instrumented the method (last column).");
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode c : moo.path("configs")) {
            rows.add(List.of(c.path("name").asText(), Fmt.num(c.path("median_ns_per_top_level_call").asDouble()),
                    Fmt.num(c.path("overhead_ns_per_call").asDouble(Double.NaN)),
                    Fmt.num(c.path("best_overhead_ns_per_call").asDouble(Double.NaN)),
                    Fmt.num(c.path("cpu_overhead_ns_per_call").asDouble(Double.NaN)),
                    Fmt.bytes(c.path("thread_alloc_bytes_per_call").asDouble(Double.NaN)), c.path("check").asText()));
        }
        md.table(List.of("configuration", "median ns per top-level call", "overhead ns per instrumented call "
                + "(medians)", "overhead (best rounds)", "CPU overhead ns per call",
                "B allocated per call by the app thread", "instrumentation verified"), rows);
        List<List<String>> flags = new ArrayList<>();
        moo.path("configs").forEach(c -> flags.add(List.of(c.path("name").asText(),
                "`" + c.path("jvm_args").asText() + "`")));
        md.para("JVM flags of each configuration:").table(List.of("configuration", "flags"), flags);
    }

    void jdbc(JmhResults jdk17, JmhResults jdk25, Path reports) {
        md.heading(2, "Why an empty agent slows JDBC on H2");
        List<List<String>> rows = new ArrayList<>();
        for (String name : List.of("JdbcPlain", "JdbcEmptyAgent", "JdbcPerfagent", "JdbcPerfagentAttached",
                "JdbcEmptyAgentArchived", "JdbcPerfagentArchived")) {
            String key = name + ".executeQuery";
            rows.add(List.of(name, Fmt.num(jdk17.best(key)), Fmt.num(jdk17.alloc(key)), Fmt.num(jdk25.best(key)),
                    Fmt.num(jdk25.alloc(key))));
        }
        md.table(List.of("PreparedStatement.executeQuery", "JDK 17 best ns/op", "JDK 17 B/op", "JDK 25 best ns/op",
                "JDK 25 B/op"), rows);
        md.para("Verified: `JdbcPerfagentAttached` forks recorded " + ReportCheck.countKind(reports.resolve(
                "jdbc-attached"), "sql") + " statements (its perfagent's reports, all forks and JDKs).");
        md.para(JdbcFinding.TEXT);
    }

    void startupAndFootprint(JsonNode startup, JsonNode footprint) {
        md.heading(2, "Start-up");
        md.para("demo-app, `first request served after N ms since JVM start`, runs alternated. Without: `java "
                + startup.path("command_without").asText() + "`; with: `java " + startup.path("command_with").asText()
                + "`. Median without " + Fmt.num(startup.path("median_without_ms").asDouble()) + " ms, with "
                + Fmt.num(startup.path("median_with_ms").asDouble()) + " ms, with the empty control agent "
                + Fmt.num(startup.path("median_empty_agent_ms").asDouble(Double.NaN)) + " ms (what any -javaagent "
                + "costs: see the JDBC section, the same lost CDS module graph). Every run (ms): without "
                + startup.path("without_ms") + ", with perfagent " + startup.path("with_ms") + ", empty agent "
                + startup.path("empty_agent_ms") + ". With `startup.background=true` (`java "
                + startup.path("command_background").asText() + "`): median "
                + Fmt.num(startup.path("median_background_ms").asDouble(Double.NaN)) + " ms, every run "
                + startup.path("background_ms") + ". CPU used by all of the JVM's threads until the first request "
                + "(demo-app prints it with the line; steadier than the wall time on a shared machine), medians: "
                + "without " + Fmt.num(startup.path("median_cpu_without_ms").asDouble(Double.NaN)) + " ms, with "
                + "perfagent " + Fmt.num(startup.path("median_cpu_with_ms").asDouble(Double.NaN)) + " ms, empty agent "
                + Fmt.num(startup.path("median_cpu_empty_agent_ms").asDouble(Double.NaN)) + " ms, in the background "
                + Fmt.num(startup.path("median_cpu_background_ms").asDouble(Double.NaN)) + " ms.");
        md.heading(2, "Footprint");
        md.para(footprint.path("keys").asInt() + " generated methods (one key each, allocation tracking on), "
                + footprint.path("threads").asInt() + " threads, " + footprint.path("calls_per_key_per_thread")
                .asInt() + " calls per key per thread, heap used after System.gc() once the agent has flushed: "
                + "without the agent " + footprint.path("without_bytes") + " B, with " + footprint.path("with_bytes")
                + " B; agent heap (median difference) " + Fmt.mib(footprint.path("agent_heap_bytes").asDouble())
                + ". " + footprint.path("check").asText() + ".");
    }

    void jmh(String title, JmhResults jmh) {
        if (jmh.isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (JmhResults.Row r : jmh.rows().values()) {
            rows.add(List.of(r.name(), Integer.toString(r.threads()), Fmt.num(r.best()), Fmt.num(r.score()),
                    Fmt.num(r.error()), Fmt.num(r.allocBytesPerOp())));
        }
        md.heading(2, title).table(List.of("benchmark", "threads", "best ns/op", "mean ns/op", "± (99.9%)", "B/op"),
                rows);
    }

    private static Map<String, String> keyValues(Path file) throws IOException {
        Map<String, String> map = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    map.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                }
            }
        }
        return map;
    }
}
