package io.perfagent.benchmarks.jmh;

import org.openjdk.jmh.annotations.Fork;

/** perfagent present but enabled=false: must cost 0 ns. */
@Fork(value = 1, jvmArgsAppend = Agents.PERFAGENT + "disabled,enabled=false," + Agents.TARGET)
public class AgentDisabledCall extends CallBenchmark {

    @Override
    boolean expectRecorded() {
        return false;
    }
}
