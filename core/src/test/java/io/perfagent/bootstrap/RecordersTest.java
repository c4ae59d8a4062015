package io.perfagent.bootstrap;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-thread buffers lose nothing: every record is drained once, sampled or counted as unsampled. */
class RecordersTest {

    private static final int KEY = 7;

    @Test
    void concurrentWritersAndADrainerAccountForEveryRecordExactlyOnce() throws Exception {
        Recorders.drain(new Counting()); // forget what other tests left
        Counting counted = new Counting();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread drainer = new Thread(() -> {
            while (writing.get()) {
                Recorders.drain(counted);
            }
        });
        drainer.start();
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread writer = new Thread(() -> {
                for (int i = 0; i < 300_000; i++) {
                    long packed = Samples.pack(KEY, i, i % 3 == 0);
                    if (i % 2 == 0) {
                        Recorders.current().record(packed); // one slot
                    } else {
                        Recorders.current().record(packed, i); // two
                    }
                }
            });
            writers.add(writer);
            writer.start();
        }
        for (Thread writer : writers) {
            writer.join();
        }
        writing.set(false);
        drainer.join();
        Recorders.drain(counted);
        assertEquals(1_200_000, counted.calls);
        assertEquals(400_000, counted.errors);
    }

    /**
     * Threads whose ids fall on the same slot of the fast table (here: all report the same id) each keep their own
     * recorder: at most one finds it in the table, the others through the ThreadLocal, and no sample goes to another
     * thread's key.
     */
    @Test
    void threadsSharingATableSlotNeverShareARecorder() throws Exception {
        Recorders.drain(new Counting()); // forget what other tests left
        long sharedId = 3 * Recorders.SLOTS + 17;
        int threads = 4;
        int calls = 200_000;
        List<Thread> writers = new ArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        AtomicInteger inTable = new AtomicInteger();
        CountDownLatch registered = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int key = KEY + 1 + t;
            Thread writer = new FixedIdThread(sharedId, () -> {
                try {
                    Recorders.current();
                    registered.countDown();
                    registered.await(); // all alive at once: the slot cannot be handed on between them
                    if (Recorders.inFastTable()) {
                        inTable.incrementAndGet();
                    }
                    for (int i = 0; i < calls; i++) {
                        ThreadRecorder recorder = Recorders.current();
                        if (recorder.owner != Thread.currentThread()) {
                            throw new AssertionError("got the recorder of " + recorder.owner);
                        }
                        recorder.record(Samples.pack(key, i, false));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            writers.add(writer);
            writer.start();
        }
        PerKey counted = new PerKey();
        while (writers.stream().anyMatch(Thread::isAlive)) {
            Recorders.drain(counted);
        }
        Recorders.drain(counted);
        assertEquals(List.of(), failures);
        assertTrue(inTable.get() <= 1, inTable + " threads found their recorder in one slot");
        for (int t = 0; t < threads; t++) {
            assertEquals(calls, counted.calls[KEY + 1 + t], "calls of thread " + t);
        }
    }

    /** A thread that ended gives its slot back at the next drain, and the next thread on that slot takes it. */
    @Test
    void aSlotIsFreedByTheDrainAfterItsThreadEnds() throws Exception {
        long id = 5 * Recorders.SLOTS + 23;
        assertTrue(registersIntoTableOnThread(id), "the first thread on a free slot takes it");
        assertFalse(registersIntoTableOnThread(id), "the slot of an ended thread stays taken until a drain notices");

        Recorders.drain(new Counting());
        Recorders.drain(new Counting()); // the second thread ended too; both are forgotten
        assertTrue(registersIntoTableOnThread(id), "after the drain the slot is free again");
        Recorders.drain(new Counting());
    }

    /** Records once on a new thread reporting {@code id}; whether that thread found its recorder in the table. */
    private static boolean registersIntoTableOnThread(long id) throws InterruptedException {
        boolean[] inTable = new boolean[1];
        Thread thread = new FixedIdThread(id, () -> {
            Recorders.current().record(Samples.pack(KEY, 1, false));
            inTable[0] = Recorders.inFastTable();
        });
        thread.start();
        thread.join();
        return inTable[0];
    }

    /** A thread reporting a chosen id ({@code getId()} is overridable before JDK 19's final {@code threadId()}). */
    private static final class FixedIdThread extends Thread {
        private final long id;

        FixedIdThread(long id, Runnable body) {
            super(body);
            this.id = id;
        }

        @Override
        @SuppressWarnings("deprecation")
        public long getId() {
            return id;
        }
    }

    private static final class PerKey implements SampleConsumer {
        final long[] calls = new long[64];

        @Override
        public void accept(long packed, long allocatedBytes) {
            calls[Samples.keyId(packed)]++;
        }

        @Override
        public void acceptUnsampled(int keyId, long unsampledCalls, long unsampledErrors) {
            calls[keyId] += unsampledCalls;
        }
    }

    private static final class Counting implements SampleConsumer {
        long calls;
        long errors;

        @Override
        public void accept(long packed, long allocatedBytes) {
            if (Samples.keyId(packed) == KEY) {
                calls++;
                errors += Samples.isError(packed) ? 1 : 0;
            }
        }

        @Override
        public void acceptUnsampled(int keyId, long unsampledCalls, long unsampledErrors) {
            if (keyId == KEY) {
                calls += unsampledCalls;
                errors += unsampledErrors;
            }
        }
    }
}
