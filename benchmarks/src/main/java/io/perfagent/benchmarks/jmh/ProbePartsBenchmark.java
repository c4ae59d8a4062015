package io.perfagent.benchmarks.jmh;

import io.perfagent.bootstrap.Recorders;
import io.perfagent.bootstrap.Samples;
import io.perfagent.bootstrap.ThreadRecorder;
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

import java.util.concurrent.TimeUnit;

/**
 * The timing probe taken apart, each step added to the previous one: two clock reads, then the recorder lookup, then
 * the packing, then the buffer append. Where the probe's cost beyond the floor goes; not a target by itself.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
public class ProbePartsBenchmark {

    private static final String KEY = "bench.ProbeParts#call";

    private InProcessAgent agent;
    private int keyId;

    @Setup(Level.Trial)
    public void start() {
        agent = InProcessAgent.start("parts");
        keyId = agent.register(KEY);
    }

    @TearDown(Level.Trial)
    public void stop() {
        agent.stop(); // only the last step records; ProbeBenchmark checks the full probe
    }

    @Benchmark
    public ThreadRecorder clockAndLookup() {
        long start = System.nanoTime();
        long latency = System.nanoTime() - start;
        ThreadRecorder recorder = Recorders.current();
        recorder.jdbcDepth = (int) latency; // keeps the clock reads alive without a Blackhole call
        return recorder;
    }

    @Benchmark
    public ThreadRecorder clockLookupPack() {
        long start = System.nanoTime();
        long packed = Samples.pack(keyId, System.nanoTime() - start, false);
        ThreadRecorder recorder = Recorders.current();
        recorder.jdbcDepth = (int) packed;
        return recorder;
    }

    @Benchmark
    public void clockLookupPackAppend() {
        long start = System.nanoTime();
        long packed = Samples.pack(keyId, System.nanoTime() - start, false);
        Recorders.current().record(packed);
    }
}
