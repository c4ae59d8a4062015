package io.perfagent.benchmarks.jmh;

import org.openjdk.jmh.annotations.Fork;

/** No agent: the baseline. */
@Fork(value = CallBenchmark.FORKS, jvmArgsAppend = Agents.NO_AGENT)
public class PlainCall extends CallBenchmark {

    @Override
    boolean expectRecorded() {
        return false;
    }
}
