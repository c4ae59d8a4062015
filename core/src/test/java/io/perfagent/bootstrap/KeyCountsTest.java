package io.perfagent.bootstrap;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The writer's bucket counts (a {@link ThreadRecorder} counting the key) and the reader's differences, on one thread
 * (HotKeysTest has two).
 */
class KeyCountsTest {

    private static final int KEY = 5;

    @Test
    void countsCallsPerBucketAndHandsOnOnlyWhatGrew() {
        KeyCounts counts = new KeyCounts(KEY, true);
        ThreadRecorder writer = countingWriter(counts);
        writer.record(Samples.pack(KEY, 100, false), 64);
        writer.record(Samples.pack(KEY, 100, true), 64);
        writer.record(Samples.pack(KEY, 5_000, false), -1);
        Received received = new Received();
        counts.drainTo(received, false);
        assertEquals(List.of("latency 100 x2", "latency 4992 x1", "second 64 x2", "errors 1"), received.lines);

        received.lines.clear();
        counts.drainTo(received, false);
        assertEquals(List.of(), received.lines, "nothing grew");
        writer.record(Samples.pack(KEY, 100, false));
        counts.drainTo(received, true);
        assertEquals(List.of("latency 100 x1"), received.lines, "only the growth");
    }

    @Test
    void aQuietKeyIsScannedEveryTenthDrainAndAlwaysWhenEverythingIsAskedFor() {
        KeyCounts counts = new KeyCounts(KEY, false);
        ThreadRecorder writer = countingWriter(counts);
        Received received = new Received();
        counts.drainTo(received, false); // found nothing: quiet from now on
        writer.record(Samples.pack(KEY, 300, false));
        for (int drain = 1; drain < KeyCounts.QUIET_SCAN_EVERY; drain++) {
            counts.drainTo(received, false);
            assertEquals(List.of(), received.lines, "drain " + drain + " skips the quiet key");
        }
        counts.drainTo(received, false);
        assertEquals(List.of("latency 300 x1"), received.lines);

        received.lines.clear();
        counts.drainTo(received, false); // quiet again
        writer.record(Samples.pack(KEY, 300, false));
        counts.drainTo(received, true);
        assertEquals(List.of("latency 300 x1"), received.lines, "the end of an interval scans every key");
    }

    @Test
    void whatCannotBeCountedIsLeftToTheBuffers() {
        KeyCounts timingOnly = new KeyCounts(KEY, false);
        ThreadRecorder timingWriter = countingWriter(timingOnly);
        long tooSlow = Samples.pack(KEY, BucketLayout.LIMIT, false);
        long noBuckets = Samples.pack(KEY, 100, false);
        timingWriter.record(tooSlow);
        timingWriter.record(noBuckets, 10);
        KeyCounts paired = new KeyCounts(KEY, true);
        ThreadRecorder pairedWriter = countingWriter(paired);
        long allocatedTooMuch = Samples.pack(KEY, 100, true);
        pairedWriter.record(allocatedTooMuch, BucketLayout.LIMIT);
        pairedWriter.record(tooSlow, 10);

        Received received = new Received();
        timingOnly.drainTo(received, true);
        paired.drainTo(received, true);
        assertEquals(List.of(), received.lines, "a refused call leaves no count behind");
        Recorders.drainBuffers(timingWriter, received);
        assertEquals(List.of("sample " + tooSlow, "sample " + noBuckets + " second 10"), received.lines,
                "too slow; no buckets for a second value");
        received.lines.clear();
        Recorders.drainBuffers(pairedWriter, received);
        assertEquals(List.of("sample " + allocatedTooMuch + " second " + BucketLayout.LIMIT,
                "sample " + tooSlow + " second 10"), received.lines, "allocated too much; too slow");
    }

    /** A recorder for this thread that counts {@code counts}' key itself, as {@link HotKeys} makes one. */
    private static ThreadRecorder countingWriter(KeyCounts counts) {
        ThreadRecorder writer = new ThreadRecorder(Thread.currentThread());
        writer.startCounting(counts);
        return writer;
    }

    /** What the reader handed on, one line per call of the consumer. */
    private static final class Received extends SamplesOnly {
        final List<String> lines = new ArrayList<>();

        @Override
        public void accept(long packed, long allocatedBytes) {
            lines.add("sample " + packed + (allocatedBytes < 0 ? "" : " second " + allocatedBytes));
        }

        @Override
        public void acceptUnsampled(int keyId, long calls, long errors) {
            lines.add("unsampled " + calls);
        }

        @Override
        public void acceptCounted(int keyId, boolean secondValue, long bucketValue, long calls) {
            assertEquals(KEY, keyId);
            lines.add((secondValue ? "second " : "latency ") + bucketValue + " x" + calls);
        }

        @Override
        public void acceptCountedErrors(int keyId, long errors) {
            assertEquals(KEY, keyId);
            lines.add("errors " + errors);
        }
    }
}
