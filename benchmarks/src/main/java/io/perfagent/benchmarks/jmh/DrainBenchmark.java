package io.perfagent.benchmarks.jmh;

import io.perfagent.bootstrap.Recorders;
import io.perfagent.bootstrap.Samples;
import io.perfagent.bootstrap.ThreadRecorder;
import io.perfagent.core.record.Aggregator;
import io.perfagent.core.registry.KeyRegistry;
import io.perfagent.core.report.MetricSummary;
import org.HdrHistogram.Histogram;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * What the flush thread spends per sample, which an application thread pays for whenever the drain has no idle core to
 * run on (the 2-thread targets on a 2-core machine). {@code appendAndDrain}: a buffer's worth of timing-only samples
 * appended and drained into the key's histograms on the same thread, so without the cross-core transfer a real drain
 * adds; {@code histogramOnly}: HdrHistogram's {@code recordValue} alone for the same values, the part of it the
 * library owns; {@code countAndDrain}: the same calls when the thread counts its hot key itself (HotKeys), the bucket
 * increments and the drain's scan of the buckets. Per call; not a target by itself.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
public class DrainBenchmark {

    private static final int SAMPLES = 2048;
    /** The agent's default precision (histogram.significant-digits). */
    private static final int DIGITS = 2;

    private final long[] latencies = new long[SAMPLES];
    private Aggregator aggregator;
    private int keyId;
    private Histogram histogram;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        KeyRegistry registry = new KeyRegistry(16);
        keyId = registry.register("method", "bench.Drain#call");
        aggregator = new Aggregator(registry, DIGITS); // counts hot keys
        if (!params.getBenchmark().endsWith("countAndDrain")) {
            Recorders.stopCountingHotKeys(); // every call stored as a sample and drained one by one
        }
        aggregator.drain(); // nothing of another benchmark's thread is counted here
        histogram = new Histogram(DIGITS);
        histogram.setAutoResize(true);
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < SAMPLES; i++) {
            // a fast method's spread, with the odd slow call
            latencies[i] = i % 97 == 0 ? 5_000 + random.nextInt(50_000) : 40 + random.nextInt(80);
        }
    }

    @TearDown(Level.Trial)
    public void check() {
        List<MetricSummary> metrics = aggregator.endInterval();
        boolean drained = histogram.getTotalCount() > 0
                || metrics.stream().anyMatch(m -> m.count() > 0);
        if (!drained) {
            throw new IllegalStateException("DrainBenchmark recorded nothing");
        }
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public void appendAndDrain() {
        ThreadRecorder recorder = Recorders.current();
        for (int i = 0; i < SAMPLES; i++) {
            recorder.record(Samples.pack(keyId, latencies[i], false));
        }
        aggregator.drain();
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public void countAndDrain() {
        appendAndDrain();
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public void histogramOnly() {
        for (int i = 0; i < SAMPLES; i++) {
            histogram.recordValue(latencies[i]);
        }
    }
}
