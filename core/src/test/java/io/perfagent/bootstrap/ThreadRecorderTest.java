package io.perfagent.bootstrap;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a thread's buffers circulate between the writer and the drainer. */
class ThreadRecorderTest {

    private static final int KEY = 11;
    private static final int ORDER_KEY = 12;
    private static final long PACE_NANOS = 100_000;
    private static final int BUFFERS = 10_000;

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
        Recorders.drain(new SampleConsumer() {
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
     * The drainer here sleeps until a writer wakes it and then drains at once (a drainer with a core to itself). The
     * writer must wake it while it still has recycled buffers left, not when it has run out: then, once its pool has
     * grown to what one round needs, it (almost) never allocates again. When the wake-up came only with an allocation,
     * this writer allocated a buffer every two or three (and a MooBench thread ~0.5 B per call).
     */
    @Test
    void aWriterWakesTheDrainerBeforeItRunsOutOfBuffersAndThenStopsAllocating() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong drained = new AtomicLong();
        Thread drainer = new Thread(() -> {
            SampleConsumer counting = new SampleConsumer() {
                @Override
                public void accept(long packed, long allocatedBytes) {
                    if (Samples.keyId(packed) == KEY) {
                        drained.incrementAndGet();
                    }
                }

                @Override
                public void acceptUnsampled(int keyId, long calls, long errors) {
                    if (keyId == KEY) {
                        drained.addAndGet(calls);
                    }
                }
            };
            while (!stop.get()) {
                LockSupport.park();
                Recorders.drain(counting);
            }
        }, "test-drainer");
        drainer.setDaemon(true);
        drainer.start();
        Recorders.setDrainer(drainer);
        int[] allocated = new int[2];
        Thread writer = new Thread(() -> {
            ThreadRecorder recorder = Recorders.current();
            for (int buffer = 0; buffer < BUFFERS; buffer++) {
                if (buffer == 1_000) {
                    allocated[0] = recorder.buffersAllocatedForTest();
                }
                for (int i = 0; i < ThreadRecorder.CAPACITY; i++) {
                    recorder.record(Samples.pack(KEY, i, false), -1L);
                }
                // a real probe fills a buffer in ~60 µs; this loop would take 2: pace it like a busy application
                for (long until = System.nanoTime() + PACE_NANOS; System.nanoTime() < until; ) {
                    Thread.onSpinWait();
                }
            }
            allocated[1] = recorder.buffersAllocatedForTest();
        }, "test-writer");
        try {
            writer.start();
            writer.join();
        } finally {
            Recorders.setDrainer(null);
            stop.set(true);
            LockSupport.unpark(drainer);
            drainer.join();
        }
        assertTrue(allocated[0] > 0, "buffers allocated during warm-up: " + allocated[0]);
        // Once its pool covers a round, a writer allocates only when the drainer was descheduled for longer than the
        // low-water headroom (a few times a second on a loaded 2-core machine). Waking it only with an allocation
        // allocated once per round, forever: about 140 buffers here.
        int afterWarmUp = allocated[1] - allocated[0];
        assertTrue(afterWarmUp <= 40, "buffers allocated after warm-up, while 9,000 were written: " + afterWarmUp);
        assertTrue(drained.get() > 0);
    }
}
