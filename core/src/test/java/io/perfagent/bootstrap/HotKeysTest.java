package io.perfagent.bootstrap;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Threads count their hot keys themselves, and what reaches the consumer is exactly what storing every call would
 * have given: the same histograms, calls and errors.
 */
class HotKeysTest {

    private static final int KEY = 3;

    @AfterEach
    void storeEveryCallAsASampleAgain() {
        Recorders.stopCountingHotKeys();
    }

    @Test
    void aHotKeysHistogramsAreExactlyThoseOfItsSamplesAtTwoAndAtOneDigit() throws Exception {
        for (int digits = 1; digits <= 2; digits++) {
            Recorders.countHotKeys(digits);
            Histograms expected = new Histograms(digits);
            Histograms drained = new Histograms(digits);
            Recorders.drain(new Histograms(digits)); // what other tests left
            onNewThread(() -> {
                SplittableRandom random = new SplittableRandom(7);
                for (int call = 0; call < 50_000; call++) {
                    // mostly fast, some slower than what buckets take (stored as samples), some with an error
                    long latency = call % 501 == 0 ? BucketLayout.LIMIT + random.nextInt(1_000_000)
                            : 30 + random.nextInt(call % 7 == 0 ? 2_000_000 : 500);
                    long allocated = call % 3 == 0 ? -1
                            : call % 1_001 == 0 ? BucketLayout.LIMIT * 2 : random.nextInt(10_000);
                    boolean error = call % 97 == 0;
                    Recorders.current().record(Samples.pack(KEY, latency, error), allocated);
                    expected.accept(Samples.pack(KEY, latency, error), allocated);
                    if (call % 3_000 == 2_999) {
                        Recorders.drain(drained);
                    }
                }
            });
            Recorders.drain(drained);
            Recorders.drainAllCounts(drained);
            assertTrue(drained.countedCalls > 40_000, digits + " digits: the hot key was counted on its thread ("
                    + drained.countedCalls + " calls counted)");
            assertTrue(drained.sampledCalls > 0, "the slow calls and the first buffers still came as samples");
            assertEquals(expected.latency, drained.latency, digits + " digits: latency");
            assertEquals(expected.second, drained.second, digits + " digits: allocated bytes");
            assertEquals(expected.errors, drained.errors, digits + " digits: errors");
            assertEquals(50_000, drained.latency.getTotalCount());
        }
    }

    @Test
    void aThreadThatStoresABuffersWorthBetweenEveryTwoDrainsHasItsKeyCounted() throws Exception {
        Recorders.countHotKeys(2);
        Histograms drained = new Histograms(2);
        int[] counted = new int[1];
        long promotedBefore = Recorders.keysCountedInPlace();
        onNewThread(() -> {
            ThreadRecorder recorder = Recorders.current();
            for (int round = 0; round < 4; round++) { // the drains fall just after a buffer boundary each time
                for (int call = 0; call < ThreadRecorder.CAPACITY; call++) {
                    recorder.record(Samples.pack(KEY, 50, false));
                }
                Recorders.drain(drained);
            }
            counted[0] = recorder.countedCount();
        });
        assertEquals(1, counted[0]);
        assertEquals(promotedBefore + 1, Recorders.keysCountedInPlace(), "the report's keys_counted_in_place");
        Recorders.drain(drained);
        Recorders.drainAllCounts(drained);
        assertEquals(4 * ThreadRecorder.CAPACITY, drained.latency.getTotalCount());
    }

    @Test
    void keysThatShareAThreadEvenlyAreNotCounted() throws Exception {
        Recorders.countHotKeys(2);
        Histograms drained = new Histograms(2);
        onNewThread(() -> {
            for (int call = 0; call < 100_000; call++) {
                Recorders.current().record(Samples.pack(call % 100, 50, false));
                if (call % 10_000 == 9_999) {
                    Recorders.drain(drained);
                }
            }
        });
        Recorders.drain(drained);
        assertEquals(0, drained.countedCalls, "no key made a quarter of a buffer");
        assertEquals(100_000, drained.sampledCalls);
    }

    @Test
    void aThreadCountsAtMostItsShareOfKeys() throws Exception {
        Recorders.countHotKeys(2);
        Histograms drained = new Histograms(2);
        int[] counted = new int[1];
        onNewThread(() -> {
            ThreadRecorder recorder = Recorders.current();
            for (int phase = 0; phase < 4; phase++) {
                for (int call = 0; call < 3 * ThreadRecorder.CAPACITY; call++) {
                    recorder.record(Samples.pack(10 + phase * 4 + call % 4, 50, false)); // four keys at a time
                }
                Recorders.drain(drained);
            }
            counted[0] = recorder.countedCount();
        });
        assertEquals(HotKeys.MAX_PER_THREAD, counted[0]);
        Recorders.drain(drained);
        assertEquals(4 * 3 * ThreadRecorder.CAPACITY, drained.latency.getTotalCount(), "every call arrived");
    }

    @Test
    void withCountingOffOrAtThreeDigitsEveryCallIsASample() throws Exception {
        for (Runnable configure : List.<Runnable>of(Recorders::stopCountingHotKeys, () -> Recorders.countHotKeys(3))) {
            configure.run();
            Histograms drained = new Histograms(3);
            onNewThread(() -> {
                for (int call = 0; call < 5 * ThreadRecorder.CAPACITY; call++) {
                    Recorders.current().record(Samples.pack(KEY, 50, false));
                    if (call % ThreadRecorder.CAPACITY == 0) {
                        Recorders.drain(drained);
                    }
                }
            });
            Recorders.drain(drained);
            assertEquals(0, drained.countedCalls);
            assertEquals(5 * ThreadRecorder.CAPACITY, drained.sampledCalls);
        }
    }

    @Test
    void concurrentWritersAndADrainerAccountForEveryCallExactlyOnce() throws Exception {
        Recorders.countHotKeys(2);
        Recorders.drain(new Histograms(2));
        Histograms drained = new Histograms(2);
        ConcurrentRecording.run(KEY, drained, 1_000, 5_000);
        Recorders.drainAllCounts(drained);
        assertTrue(drained.countedCalls > 0, "the writers counted their hot key");
        assertEquals(1_200_000, drained.latency.getTotalCount());
        assertEquals(600_000, drained.second.getTotalCount());
        assertEquals(400_000, drained.errors.getOrDefault(KEY, 0L));
    }

    private static void onNewThread(Runnable work) throws InterruptedException {
        Thread thread = new Thread(work);
        thread.start();
        thread.join();
    }

    /** One key's histograms as the core keeps them, from samples and from counted buckets alike. */
    private static final class Histograms implements SampleConsumer {
        final Histogram latency;
        final Histogram second;
        final Map<Integer, Long> errors = new HashMap<>();
        long sampledCalls;
        long countedCalls;

        Histograms(int digits) {
            latency = new Histogram(digits);
            second = new Histogram(digits);
        }

        @Override
        public void accept(long packed, long allocatedBytes) {
            sampledCalls++;
            latency.recordValue(Samples.latencyNanos(packed));
            if (allocatedBytes >= 0) {
                second.recordValue(allocatedBytes);
            }
            if (Samples.isError(packed)) {
                errors.merge(Samples.keyId(packed), 1L, Long::sum);
            }
        }

        @Override
        public void acceptUnsampled(int keyId, long calls, long unsampledErrors) {
            throw new AssertionError("no call may be lost here");
        }

        @Override
        public void acceptCounted(int keyId, boolean secondValue, long bucketValue, long calls) {
            (secondValue ? second : latency).recordValueWithCount(bucketValue, calls);
            if (!secondValue) {
                countedCalls += calls;
            }
        }

        @Override
        public void acceptCountedErrors(int keyId, long countedErrors) {
            errors.merge(keyId, countedErrors, Long::sum);
        }
    }
}
