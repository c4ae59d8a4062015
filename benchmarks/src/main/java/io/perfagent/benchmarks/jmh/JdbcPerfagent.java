package io.perfagent.benchmarks.jmh;

import org.openjdk.jmh.annotations.Fork;

/** H2 query with perfagent and its default configuration (JDBC statements are timed when that probe is built in). */
@Fork(value = JdbcQueryBenchmark.FORKS, jvmArgsAppend = Agents.PERFAGENT + "jdbc")
public class JdbcPerfagent extends JdbcQueryBenchmark {
}
