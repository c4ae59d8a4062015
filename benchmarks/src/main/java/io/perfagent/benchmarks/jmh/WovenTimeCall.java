package io.perfagent.benchmarks.jmh;

import org.openjdk.jmh.annotations.Fork;

/** perfagent timing probe woven into the target (alloc.enabled=false). */
@Fork(value = CallBenchmark.FORKS, jvmArgsAppend = Agents.PERFAGENT + "woven-time,alloc.enabled=false," + Agents.TARGET)
public class WovenTimeCall extends CallBenchmark {

    @Override
    boolean expectRecorded() {
        return true;
    }
}
