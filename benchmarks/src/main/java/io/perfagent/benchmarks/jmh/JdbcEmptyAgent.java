package io.perfagent.benchmarks.jmh;

import org.openjdk.jmh.annotations.Fork;

/** H2 query with the control agent whose premain does nothing ({@code io.perfagent.benchmarks.EmptyAgent}). */
@Fork(value = JdbcQueryBenchmark.FORKS, jvmArgsAppend = Agents.EMPTY)
public class JdbcEmptyAgent extends JdbcQueryBenchmark {
}
