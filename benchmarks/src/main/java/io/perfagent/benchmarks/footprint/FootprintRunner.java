package io.perfagent.benchmarks.footprint;

import io.perfagent.benchmarks.check.ReportCheck;
import io.perfagent.benchmarks.fork.Args;
import io.perfagent.benchmarks.fork.ForkedJava;
import io.perfagent.benchmarks.fork.Results;
import io.perfagent.benchmarks.fork.Stats;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Agent heap: {@link bench.footprint.FootprintApp} with 1000 generated instrumented methods hit by 8 threads, heap
 * used after GC with perfagent minus without (runs alternated, median of each). Verifies from perfagent's report that
 * every key was recorded. Exits non-zero when a run fails.
 */
public final class FootprintRunner {

    private FootprintRunner() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        int keys = args.integer("keys", 1000);
        int threads = args.integer("threads", 8);
        int rounds = args.integer("rounds", 200);
        int runs = args.integer("runs", 3);
        Path work = args.path("work", "benchmarks/target/footprint").toAbsolutePath();
        Path jdk = args.path("jdk", System.getProperty("java.home"));
        Path classes = KeysSource.compile(work, keys);
        String classpath = args.get("classpath", "benchmarks/target/benchmarks.jar") + File.pathSeparator + classes;
        List<String> app = List.of("-Xmx1g", "-cp", classpath, "bench.footprint.FootprintApp",
                Integer.toString(threads), Integer.toString(keys), Integer.toString(rounds),
                args.get("settle-ms", "2500"));

        List<Long> without = new ArrayList<>();
        List<Long> with = new ArrayList<>();
        long recordedKeys = 0;
        for (int i = 0; i < runs; i++) {
            without.add(heapUsed(jdk, app));
            Path reports = work.resolve("reports-" + i);
            List<String> agentRun = new ArrayList<>(List.of("-javaagent:" + args.get("perfagent",
                    "agent/target/perfagent.jar") + "=methods.include=bench.footprint.Keys#m*,flush.interval=1s,"
                    + "report.dir=" + reports));
            agentRun.addAll(app);
            agentRun.add(reports.toString()); // the app waits until the agent has reported every call
            with.add(heapUsed(jdk, agentRun));
            recordedKeys = countKeys(reports);
            System.out.printf("footprint run %d: without %.1f MiB, with perfagent %.1f MiB, keys in report %d%n",
                    i + 1, without.get(i) / 1048576.0, with.get(i) / 1048576.0, recordedKeys);
            if (recordedKeys != keys) {
                throw new IllegalStateException("perfagent's report has " + recordedKeys + " keys, expected " + keys);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("keys", keys);
        out.put("threads", threads);
        out.put("calls_per_key_per_thread", rounds);
        out.put("command", String.join(" ", app));
        out.put("without_bytes", without);
        out.put("with_bytes", with);
        out.put("agent_heap_bytes", Stats.median(with) - Stats.median(without));
        out.put("check", "perfagent's report listed " + recordedKeys + " of " + keys + " keys");
        Results.write(args.path("out", "benchmarks/target/results/footprint.json"), out);
    }

    private static long heapUsed(Path jdk, List<String> args) throws Exception {
        ForkedJava.Outcome outcome = ForkedJava.run(jdk, args, Duration.ofMinutes(3));
        String line = outcome.line("heap-used-after-gc=");
        if (!outcome.ok() || line == null) {
            throw new IllegalStateException("footprint run failed: " + outcome.describe());
        }
        return Long.parseLong(line.substring("heap-used-after-gc=".length()).trim());
    }

    private static long countKeys(Path reports) {
        return io.perfagent.core.read.ReportReader.read(reports).summaries().stream()
                .flatMap(line -> line.metrics().stream())
                .filter(m -> m.path("key").asText().startsWith("bench.footprint.Keys#m"))
                .map(m -> m.path("key").asText()).distinct().count();
    }
}
