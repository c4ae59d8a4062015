package io.perfagent.benchmarks.jmh;

import bench.woven.WovenTarget;
import io.perfagent.bootstrap.Recorders;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

import java.util.concurrent.TimeUnit;

/**
 * One call of {@link WovenTarget#compute}, on 1 and on 2 threads. Each subclass runs it in a fork with a different
 * agent set-up (none, disabled, matching nothing, timing, timing + allocation); the difference to {@link PlainCall} is
 * the per-call cost of the woven probe. At the end of each fork the subclass's expectation is checked — woven forks
 * must have recorded, the others must not — so a probe that silently did nothing fails the run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public abstract class CallBenchmark {

    /**
     * Forks of the configurations the per-call targets are computed from (no agent, timing, timing + allocation); the
     * targets read the best iteration over all of them. On a shared VM one fork can run a few ns slower throughout.
     */
    public static final int FORKS = 3;

    private long input = 42;

    /** Whether the fork's agent is expected to weave and record {@link WovenTarget#compute}. */
    abstract boolean expectRecorded();

    @Benchmark
    public long oneThread() {
        return WovenTarget.compute(input);
    }

    @Benchmark
    @Threads(2)
    public long twoThreads() {
        return WovenTarget.compute(input);
    }

    @TearDown(Level.Trial)
    public void checkInstrumentation() {
        boolean recorded = Recorders.trackedThreads() > 0;
        if (recorded != expectRecorded()) {
            throw new IllegalStateException(getClass().getSimpleName() + ": expected the probe to "
                    + (expectRecorded() ? "record" : "record nothing") + ", but it "
                    + (recorded ? "recorded" : "recorded nothing"));
        }
    }
}
