package io.perfagent.benchmarks.moo;

import io.perfagent.benchmarks.fork.Args;
import io.perfagent.benchmarks.fork.ForkedJava;
import io.perfagent.benchmarks.fork.Results;
import io.perfagent.benchmarks.fork.Stats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MooBench-style comparison in forked JVMs: first one short check run per configuration proving the tool really
 * instrumented the method, then {@code rounds} rounds in which every configuration runs {@link bench.moo.MooDriver}
 * once, the order rotated each round so that no configuration always runs first (or last) on a noisy machine.
 * Overhead per instrumented call = (median of the configuration − median of the plain JVM on the same JDK) / depth.
 * Exits non-zero when a check or a run fails.
 */
public final class MooRunner {

    private MooRunner() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        long calls = args.longValue("calls", 2_000_000);
        int depth = args.integer("depth", 10);
        int rounds = args.integer("rounds", 5);
        long checkCalls = args.longValue("check-calls", 200);
        Path work = args.path("work", "benchmarks/target/moo");
        String classpath = args.get("classpath", "benchmarks/target/benchmarks.jar");
        Files.createDirectories(work);
        MooConfigs catalog = new MooConfigs(work.toAbsolutePath(), args.path("perfagent", "agent/target/perfagent.jar"),
                args.path("empty", classpath), Path.of(args.get("otel", "")));
        List<MooConfig> configs = catalog.all(args.path("jdk17", System.getProperty("java.home")),
                Path.of(args.get("jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64")));

        Map<String, String> checks = new LinkedHashMap<>();
        for (MooConfig config : configs) {
            if (config.check() != null) {
                ForkedJava.Outcome outcome = drive(config, config.checkArgs(), classpath, checkCalls, depth);
                String verdict = config.check().verify(outcome, checkCalls * depth);
                checks.put(config.name(), verdict);
                System.out.println("moo check " + config.name() + ": " + verdict);
            }
        }
        Map<String, List<Double>> means = new LinkedHashMap<>();
        Map<String, List<Double>> cpus = new LinkedHashMap<>();
        Map<String, List<Double>> allocs = new LinkedHashMap<>();
        configs.forEach(c -> means.put(c.name(), new ArrayList<>()));
        configs.forEach(c -> cpus.put(c.name(), new ArrayList<>()));
        configs.forEach(c -> allocs.put(c.name(), new ArrayList<>()));
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < configs.size(); i++) {
                MooConfig config = configs.get((i + round) % configs.size());
                ForkedJava.Outcome outcome = drive(config, config.jvmArgs(), classpath, calls, depth);
                double mean = field(outcome, "mean_ns=");
                means.get(config.name()).add(mean);
                cpus.get(config.name()).add(field(outcome, "cpu_ns="));
                allocs.get(config.name()).add(field(outcome, "alloc_bytes="));
                System.out.printf("moo round %d %-22s %10.1f ns per top-level call%n", round + 1, config.name(), mean);
            }
        }
        Results.write(args.path("out", "benchmarks/target/results/moo.json"),
                MooResults.of(configs, means, cpus, allocs, checks, calls, depth, rounds));
    }

    private static ForkedJava.Outcome drive(MooConfig config, List<String> jvmArgs, String classpath, long calls,
                                            int depth) throws Exception {
        List<String> command = new ArrayList<>(jvmArgs);
        command.addAll(List.of("-cp", classpath, "bench.moo.MooDriver", Long.toString(calls),
                Integer.toString(depth), "0"));
        ForkedJava.Outcome outcome = ForkedJava.run(config.jdkHome(), command, Duration.ofMinutes(10));
        if (!outcome.ok() || outcome.line("moo-result") == null) {
            throw new IllegalStateException(config.name() + ": the driver failed: " + outcome.describe());
        }
        return outcome;
    }

    private static double field(ForkedJava.Outcome outcome, String name) {
        String line = outcome.line("moo-result");
        int at = line.indexOf(name);
        return Double.parseDouble(line.substring(at + name.length()).split(" ")[0]);
    }

    /** Median of each configuration and its overhead per instrumented call; JSON-friendly maps. */
    static final class MooResults {
        private MooResults() {
        }

        static Map<String, Object> of(List<MooConfig> configs, Map<String, List<Double>> means,
                                      Map<String, List<Double>> cpus, Map<String, List<Double>> allocs,
                                      Map<String, String> checks, long calls,
                                      int depth, int rounds) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("calls", calls);
            out.put("depth", depth);
            out.put("rounds", rounds);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (MooConfig config : configs) {
                Map<String, Object> row = new LinkedHashMap<>();
                double median = Stats.median(means.get(config.name()));
                row.put("name", config.name());
                row.put("jdk", config.jdk());
                row.put("jvm_args", String.join(" ", config.jvmArgs()));
                row.put("means_ns", means.get(config.name()));
                row.put("median_ns_per_top_level_call", median);
                double cpu = Stats.median(cpus.get(config.name()));
                row.put("median_cpu_ns_per_top_level_call", cpu);
                if (!config.isBaseline()) {
                    double base = Stats.median(means.get(config.baseline()));
                    row.put("overhead_ns_per_call", (median - base) / depth);
                    row.put("best_overhead_ns_per_call", (Stats.min(means.get(config.name()))
                            - Stats.min(means.get(config.baseline()))) / depth);
                    row.put("cpu_overhead_ns_per_call", (cpu - Stats.median(cpus.get(config.baseline()))) / depth);
                    row.put("thread_alloc_bytes_per_call", (Stats.median(allocs.get(config.name()))
                            - Stats.median(allocs.get(config.baseline()))) / depth);
                }
                row.put("check", checks.getOrDefault(config.name(), "nothing to check"));
                rows.add(row);
            }
            out.put("configs", rows);
            return out;
        }
    }
}
