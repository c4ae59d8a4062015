package io.perfagent.benchmarks.startup;

import io.perfagent.benchmarks.fork.Args;
import io.perfagent.benchmarks.fork.ForkedJava;
import io.perfagent.benchmarks.fork.Results;
import io.perfagent.benchmarks.fork.Stats;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up cost: the demo application's "first request served after N ms since JVM start" without an agent, with
 * perfagent (the demo's own agent.properties), with perfagent started in the background ({@code startup.background})
 * and with the empty control agent, runs alternated, median of each.
 * Exits non-zero when a run fails or the line is missing.
 */
public final class StartupRunner {

    private static final String PREFIX = "first request served after ";
    /** What demo-app adds to that line where the JVM can tell: CPU used by all its threads until then. */
    private static final String CPU_PREFIX = "(process CPU ";
    /** What the agent says at exit when a background start had not finished (BackgroundStart). */
    private static final String ENDED_BEFORE_READY = "ended before the probes were ready";

    private StartupRunner() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        int runs = args.integer("runs", 10);
        Path jdk = args.path("jdk", System.getProperty("java.home"));
        String demo = args.get("demo", "demo-app/target/demo-app.jar");
        String agent = "-javaagent:" + args.get("perfagent", "agent/target/perfagent.jar")
                + "=report.dir=benchmarks/target/reports/startup";
        List<String> demoArgs = List.of("-jar", demo, "--requests", "20", "--threads", "1");
        List<String> plain = new ArrayList<>(demoArgs);
        List<String> withAgent = new ArrayList<>(List.of(agent, "-Dperfagent.config=demo-app/agent.properties"));
        withAgent.addAll(demoArgs);
        List<String> withBackground = new ArrayList<>(List.of(agent + ",startup.background=true",
                "-Dperfagent.config=demo-app/agent.properties"));
        withBackground.addAll(demoArgs);
        List<String> withEmpty = new ArrayList<>(List.of("-javaagent:" + args.get("empty",
                "benchmarks/target/benchmarks.jar")));
        withEmpty.addAll(demoArgs);

        List<Long> without = new ArrayList<>();
        List<Long> with = new ArrayList<>();
        List<Long> empty = new ArrayList<>();
        List<Long> background = new ArrayList<>();
        Map<String, List<Long>> cpu = new LinkedHashMap<>();
        for (String name : List.of("without", "with", "empty_agent", "background")) {
            cpu.put(name, new ArrayList<>());
        }
        int backgroundUnmeasured = 0;
        for (int i = 0; i < runs; i++) {
            without.add(firstRequest(jdk, plain, cpu.get("without")));
            with.add(firstRequest(jdk, withAgent, cpu.get("with")));
            empty.add(firstRequest(jdk, withEmpty, cpu.get("empty_agent")));
            ForkedJava.Outcome inBackground = run(jdk, withBackground);
            background.add(firstRequestMillis(inBackground));
            addCpu(inBackground, cpu.get("background"));
            if (inBackground.stderr().contains(ENDED_BEFORE_READY)) {
                backgroundUnmeasured++;
            }
            System.out.printf("startup run %d: without %d ms, with perfagent %d ms, with the empty agent %d ms, "
                    + "perfagent in the background %d ms%n", i + 1, without.get(i), with.get(i), empty.get(i),
                    background.get(i));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("runs", runs);
        out.put("command_without", String.join(" ", plain));
        out.put("command_with", String.join(" ", withAgent));
        out.put("without_ms", without);
        out.put("with_ms", with);
        out.put("median_without_ms", Stats.median(without));
        out.put("median_with_ms", Stats.median(with));
        out.put("empty_agent_ms", empty);
        out.put("median_empty_agent_ms", Stats.median(empty));
        out.put("added_ms", Stats.median(with) - Stats.median(without));
        out.put("command_background", String.join(" ", withBackground));
        out.put("background_ms", background);
        out.put("median_background_ms", Stats.median(background));
        out.put("background_added_ms", Stats.median(background) - Stats.median(without));
        // the price of that mode: probes built once start-up settled, so a short run may end before they are ready
        out.put("background_unmeasured_runs", backgroundUnmeasured);
        // CPU of all the JVM's threads at the first request: steadier than wall time on a shared machine
        for (Map.Entry<String, List<Long>> entry : cpu.entrySet()) {
            out.put("cpu_" + entry.getKey() + "_ms", entry.getValue());
            if (!entry.getValue().isEmpty()) {
                out.put("median_cpu_" + entry.getKey() + "_ms", Stats.median(entry.getValue()));
            }
        }
        Results.write(args.path("out", "benchmarks/target/results/startup.json"), out);
    }

    private static long firstRequest(Path jdk, List<String> args, List<Long> cpu) throws Exception {
        ForkedJava.Outcome outcome = run(jdk, args);
        addCpu(outcome, cpu);
        return firstRequestMillis(outcome);
    }

    /** Adds the process CPU demo-app printed with its first request, when it printed one. */
    private static void addCpu(ForkedJava.Outcome outcome, List<Long> cpu) {
        String line = outcome.line(PREFIX);
        int at = line == null ? -1 : line.indexOf(CPU_PREFIX);
        if (at >= 0) {
            cpu.add(Long.parseLong(line.substring(at + CPU_PREFIX.length()).split(" ")[0]));
        }
    }

    private static ForkedJava.Outcome run(Path jdk, List<String> args) throws Exception {
        return ForkedJava.run(jdk, args, Duration.ofMinutes(2));
    }

    private static long firstRequestMillis(ForkedJava.Outcome outcome) {
        String line = outcome.line(PREFIX);
        if (!outcome.ok() || line == null) {
            throw new IllegalStateException("demo-app run failed: " + outcome.describe());
        }
        return Long.parseLong(line.substring(PREFIX.length()).split(" ")[0]);
    }
}
