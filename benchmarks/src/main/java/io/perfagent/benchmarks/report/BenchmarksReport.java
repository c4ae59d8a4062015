package io.perfagent.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.perfagent.benchmarks.fork.Args;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes BENCHMARKS.md from the result files of one run of benchmarks/run.sh: machine, commands, every target with
 * its measured value and verdict, the MooBench table with the peers, the JDBC empty-agent finding, and the raw JMH
 * tables. Exits 1 when a result file is missing (a benchmark did not run); a failed target is reported, not fatal.
 */
public final class BenchmarksReport {

    private BenchmarksReport() {
    }

    /** {@code <name>.json} and the later rounds' {@code <name>-round<n>.json}, in round order. */
    private static List<Path> rounds(Path results, String name) {
        List<Path> files = new ArrayList<>();
        files.add(results.resolve(name + ".json"));
        for (int round = 2; Files.isRegularFile(results.resolve(name + "-round" + round + ".json")); round++) {
            files.add(results.resolve(name + "-round" + round + ".json"));
        }
        return files;
    }

    public static void main(String[] argv) throws IOException {
        Args args = new Args(argv);
        Path results = args.path("results", "benchmarks/target/results");
        Path out = args.path("out", "BENCHMARKS.md");
        JmhResults jdk17 = JmhResults.load(rounds(results, "jmh-17"));
        JmhResults jdk25 = JmhResults.load(results.resolve("jmh-25.json"));
        JsonNode moo = json(results.resolve("moo.json"));
        JsonNode startup = json(results.resolve("startup.json"));
        JsonNode footprint = json(results.resolve("footprint.json"));
        if (jdk17.isEmpty() || moo.isMissingNode() || startup.isMissingNode() || footprint.isMissingNode()) {
            System.err.println("benchmarks: a result file is missing in " + results + "; BENCHMARKS.md not written");
            System.exit(1);
        }
        Path reports = args.path("reports", "benchmarks/target/reports");
        List<Target> targets = new Targets(jdk17, moo, startup, footprint, reports).all();
        Markdown md = new Markdown();
        Sections sections = new Sections(md, results);
        String mode = args.get("mode", "full");
        sections.header(mode);
        sections.targets(targets, !"smoke".equals(mode));
        sections.moo(moo);
        sections.jdbc(jdk17, jdk25, reports);
        sections.startupAndFootprint(startup, footprint);
        sections.jmh("JMH results, JDK 17", jdk17);
        sections.jmh("JMH results, JDK 25 (JDBC only)", jdk25);
        Files.writeString(out, md.text());
        long failed = targets.stream().filter(t -> t.verdict() == Target.Verdict.FAIL).count();
        System.out.println("benchmarks: wrote " + out + " (" + targets.size() + " targets, " + failed + " failed)");
    }

    private static JsonNode json(Path file) throws IOException {
        return Files.isRegularFile(file) ? new ObjectMapper().readTree(file.toFile()) : MissingNode.getInstance();
    }
}
