package io.perfagent.benchmarks.jmh;

/**
 * The {@code -javaagent} flags of the forks, relative to the repository root (benchmarks/run.sh runs JMH from there).
 */
final class Agents {

    /** perfagent, writing its reports to a per-configuration directory named by what follows. */
    static final String PERFAGENT = "-javaagent:agent/target/perfagent.jar=report.dir=benchmarks/target/reports/";
    /** The control agent whose premain does nothing. */
    static final String EMPTY = "-javaagent:benchmarks/target/benchmarks.jar";
    static final String TARGET = "methods.include=bench.woven.WovenTarget";
    static final String NO_AGENT = "-Dperfagent.bench.config=plain";
    /**
     * JDK 25 only: a CDS archive dumped with {@code --add-modules java.instrument} (benchmarks/run.sh makes it). Every
     * {@code -javaagent} implies that option, which otherwise turns off CDS's archived module graph (see
     * BENCHMARKS.md, "Why an empty agent slows JDBC").
     */
    static final String INSTRUMENT_ARCHIVE = "-XX:SharedArchiveFile=benchmarks/target/cds/java-instrument-25.jsa";

    private Agents() {
    }
}
