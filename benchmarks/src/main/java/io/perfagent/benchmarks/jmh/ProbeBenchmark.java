package io.perfagent.benchmarks.jmh;

import io.perfagent.bootstrap.ThreadAllocation;
import io.perfagent.bootstrap.Timings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

import java.util.concurrent.TimeUnit;

/**
 * The real bootstrap entry points exactly as woven advice calls them (clock and allocation counter read on entry, one
 * static call on exit), with the real core runtime draining every 10 ms, on 1 and 2 threads recording the same key.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
public class ProbeBenchmark {

    private static final String KEY = "bench.Probe#call";

    private InProcessAgent agent;
    private int keyId;

    @Setup(Level.Trial)
    public void start() {
        agent = InProcessAgent.start("probe");
        keyId = agent.register(KEY);
    }

    @TearDown(Level.Trial)
    public void stop() {
        agent.stopAndCheckRecorded(KEY);
    }

    @Benchmark
    public void timing() {
        long start = System.nanoTime();
        Timings.recordTime(keyId, start, false);
    }

    @Benchmark
    @Threads(2)
    public void timingTwoThreads() {
        long start = System.nanoTime();
        Timings.recordTime(keyId, start, false);
    }

    @Benchmark
    public void timingAlloc() {
        long startAllocated = ThreadAllocation.currentThreadAllocatedBytes();
        long start = System.nanoTime();
        Timings.recordTimeAndAlloc(keyId, start, startAllocated, false);
    }

    @Benchmark
    @Threads(2)
    public void timingAllocTwoThreads() {
        long startAllocated = ThreadAllocation.currentThreadAllocatedBytes();
        long start = System.nanoTime();
        Timings.recordTimeAndAlloc(keyId, start, startAllocated, false);
    }
}
