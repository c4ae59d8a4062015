package io.perfagent.benchmarks.jmh;

import org.openjdk.jmh.annotations.Fork;

/** H2 query without any agent. */
@Fork(value = JdbcQueryBenchmark.FORKS, jvmArgsAppend = Agents.NO_AGENT)
public class JdbcPlain extends JdbcQueryBenchmark {
}
