package io.perfagent.benchmarks.jmh;

import org.openjdk.jmh.annotations.Fork;

/**
 * JDK 25 only: the empty agent with a CDS archive that matches {@code -javaagent}'s implied
 * {@code --add-modules java.instrument}, which keeps the archived module graph (and undoes the empty agent's cost).
 */
@Fork(value = JdbcQueryBenchmark.FORKS, jvmArgsAppend = {Agents.EMPTY, Agents.INSTRUMENT_ARCHIVE})
public class JdbcEmptyAgentArchived extends JdbcQueryBenchmark {
}
