package io.perfagent.bootstrap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a thread's buffers circulate between the writer and the drainer. */
class ThreadRecorderTest {

    @BeforeEach
    void storeEveryCallAsASample() {
        Recorders.stopCountingHotKeys();
    }

    private static final int KEY = 11;
    private static final int ORDER_KEY = 12;

    /** Samples of one slot and of two come out in the order written, whole, across every buffer boundary. */
    @Test
    void samplesWithAndWithoutASecondValueComeOutInOrderAcrossBuffers() throws Exception {
        int samples = 20_000; // about 17 buffers: pairs land on every position of a buffer's end
        Thread writer = new Thread(() -> {
            ThreadRecorder recorder = Recorders.current();
            for (int i = 0; i < samples; i++) {
                long packed = Samples.pack(ORDER_KEY, i, i % 5 == 0);
                if (i % 3 == 0) {
                    recorder.record(packed);
                } else {
                    recorder.record(packed, 7L * i);
                }
            }
        });
        writer.start();
        writer.join();
        List<long[]> seen = new ArrayList<>();
        Recorders.drain(new SamplesOnly() {
            @Override
            public void accept(long packed, long second) {
                if (Samples.keyId(packed) == ORDER_KEY) {
                    seen.add(new long[] {Samples.latencyNanos(packed), second, Samples.isError(packed) ? 1 : 0});
                }
            }

            @Override
            public void acceptUnsampled(int keyId, long calls, long errors) {
                assertNotEquals(ORDER_KEY, keyId, "no sample may be lost here");
            }
        });
        assertEquals(samples, seen.size());
        for (int i = 0; i < samples; i++) {
            long[] sample = seen.get(i);
            assertEquals(i, sample[0], "latency of sample " + i);
            assertEquals(i % 3 == 0 ? -1L : 7L * i, sample[1], "second value of sample " + i);
            assertEquals(i % 5 == 0 ? 1 : 0, sample[2], "error flag of sample " + i);
        }
    }

    /**
     * The drainer here runs exactly when a writer asks for it, at once (on the writer's thread, between two buffers):
     * the ideal drainer. The writer must ask while it still has recycled buffers left, not when it has run out: then,
     * once its pool covers a round, it never allocates again. When the wake-up came only with an allocation, this
     * writer allocated a buffer in every round, forever (and a MooBench thread ~0.5 B per call).
     */
    @Test
    void aWriterWakesTheDrainerBeforeItRunsOutOfBuffersAndThenNeverAllocates() throws Exception {
        SampleConsumer ignore = new SamplesOnly() {
            @Override
            public void accept(long packed, long second) {
            }

            @Override
            public void acceptUnsampled(int keyId, long calls, long errors) {
            }
        };
        int[] allocated = new int[2];
        long[] wakeups = new long[1];
        Thread writer = new Thread(() -> {
            ThreadRecorder recorder = Recorders.current();
            long seen = 0;
            for (int buffer = 0; buffer < 2_000; buffer++) {
                if (buffer == 200) {
                    allocated[0] = recorder.buffersAllocatedForTest();
                }
                for (int i = 0; i < ThreadRecorder.CAPACITY; i++) {
                    recorder.record(Samples.pack(KEY, i, false));
                }
                if (recorder.drainWakeups() != seen) {
                    seen = recorder.drainWakeups();
                    Recorders.drain(ignore);
                }
            }
            allocated[1] = recorder.buffersAllocatedForTest();
            wakeups[0] = seen;
        }, "test-writer");
        writer.start();
        writer.join();
        assertTrue(allocated[0] > 0, "buffers allocated during warm-up: " + allocated[0]);
        assertEquals(allocated[0], allocated[1], "buffers allocated after warm-up, while 1,800 were written");
        assertTrue(wakeups[0] > 0 && wakeups[0] < 200, "one wake-up per batch of recycled buffers: " + wakeups[0]);
    }
}
