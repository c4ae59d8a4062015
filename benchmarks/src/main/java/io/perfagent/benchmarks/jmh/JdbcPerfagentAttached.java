package io.perfagent.benchmarks.jmh;

import org.openjdk.jmh.annotations.Fork;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/**
 * H2 query with perfagent attached to the running fork ({@code perfagent attach <pid>}) instead of started with
 * {@code -javaagent}: the JVM starts as a plain one (its boot layer keeps CDS's archived module graph, see
 * BENCHMARKS.md, "Why an empty agent slows JDBC"), then H2's classes, loaded by then, are retransformed. As in an
 * application attached to once it runs: the connection and statement classes get no holder fields, so their SQL ids
 * live in the bridge's weak tables; the query is prepared after the attach, so its SQL is known.
 */
@Fork(value = JdbcQueryBenchmark.FORKS,
        jvmArgsAppend = {"-XX:+IgnoreUnrecognizedVMOptions", "-XX:+EnableDynamicAgentLoading"})
public class JdbcPerfagentAttached extends JdbcQueryBenchmark {

    static final String REPORTS = "benchmarks/target/reports/jdbc-attached";

    @Override
    protected void afterLoad() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder attach = new ProcessBuilder(java.toString(), "-jar", "agent/target/perfagent.jar", "attach",
                Long.toString(ProcessHandle.current().pid()), "report.dir=" + REPORTS)
                .redirectErrorStream(true).redirectOutput(new File(REPORTS + "-attach.txt"));
        try {
            new File(REPORTS).getParentFile().mkdirs();
            int exit = attach.start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("perfagent attach exited " + exit + ": see " + REPORTS + "-attach.txt");
            }
        } catch (IOException e) {
            throw new IllegalStateException("perfagent attach could not run: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while attaching perfagent", e);
        }
    }
}
