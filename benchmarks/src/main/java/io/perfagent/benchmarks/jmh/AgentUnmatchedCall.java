package io.perfagent.benchmarks.jmh;

import org.openjdk.jmh.annotations.Fork;

/** perfagent running, but no pattern matches the target class: it is not transformed and must cost 0 ns. */
@Fork(value = 1, jvmArgsAppend = Agents.PERFAGENT + "unmatched,methods.include=bench.woven.NoSuchClass")
public class AgentUnmatchedCall extends CallBenchmark {

    @Override
    boolean expectRecorded() {
        return false;
    }
}
