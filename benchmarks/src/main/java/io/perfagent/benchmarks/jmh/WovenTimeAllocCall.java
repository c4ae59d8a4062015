package io.perfagent.benchmarks.jmh;

import org.openjdk.jmh.annotations.Fork;

/** perfagent timing + allocated-bytes probe woven into the target. */
@Fork(value = CallBenchmark.FORKS, jvmArgsAppend = Agents.PERFAGENT + "woven-alloc,alloc.enabled=true," + Agents.TARGET)
public class WovenTimeAllocCall extends CallBenchmark {

    @Override
    boolean expectRecorded() {
        return true;
    }
}
