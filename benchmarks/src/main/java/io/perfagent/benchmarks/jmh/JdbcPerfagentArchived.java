package io.perfagent.benchmarks.jmh;

import org.openjdk.jmh.annotations.Fork;

/** JDK 25 only: perfagent with the CDS archive that keeps the archived module graph (see JdbcEmptyAgentArchived). */
@Fork(value = JdbcQueryBenchmark.FORKS, jvmArgsAppend = {Agents.PERFAGENT + "jdbc-archived", Agents.INSTRUMENT_ARCHIVE})
public class JdbcPerfagentArchived extends JdbcQueryBenchmark {
}
