package io.perfagent.bootstrap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fast table from thread to recorder: never shared between threads, handed on when a thread ends, no app code. */
class RecorderTableTest {

    @BeforeEach
    void storeEveryCallAsASample() {
        Recorders.stopCountingHotKeys();
    }

    private static final int KEY = 11;

    /**
     * Threads whose ids fall on the same slot each keep their own recorder: at most one finds it in the table, the
     * others go through the ThreadLocal, and no sample goes to another thread's key.
     */
    @Test
    void threadsSharingASlotNeverShareARecorder() throws Exception {
        Recorders.drain(new PerKey()); // frees the slots of threads other tests left behind
        int threads = 4;
        int calls = 200_000;
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        AtomicInteger inTable = new AtomicInteger();
        CountDownLatch registered = new CountDownLatch(threads);
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int key = KEY + t;
            Runnable body = () -> {
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
            };
            writers.add(writers.isEmpty() ? new Thread(body) : collidingWith(writers.get(0), body));
        }
        writers.forEach(Thread::start);
        PerKey counted = new PerKey();
        while (writers.stream().anyMatch(Thread::isAlive)) {
            Recorders.drain(counted);
        }
        Recorders.drain(counted);
        assertEquals(List.of(), failures);
        assertEquals(1, inTable.get(), "exactly one thread of the slot uses the table");
        for (int t = 0; t < threads; t++) {
            assertEquals(calls, counted.calls[KEY + t], "calls of thread " + t);
        }
    }

    /** A thread that ended gives its slot back at the next drain, and the next thread on that slot takes it. */
    @Test
    void aSlotIsHandedOnOnlyAfterTheDrainForgetsItsThread() throws Exception {
        Recorders.drain(new PerKey());
        TableUse firstUse = new TableUse();
        Thread first = new Thread(firstUse);
        assertTrue(usesTable(first, firstUse), "the first thread on a free slot takes it");
        TableUse earlyUse = new TableUse();
        assertFalse(usesTable(collidingWith(first, earlyUse), earlyUse),
                "the slot of an ended thread stays taken until a drain notices");

        Recorders.drain(new PerKey());
        Recorders.drain(new PerKey()); // the second thread ended too; both are forgotten
        TableUse laterUse = new TableUse();
        assertTrue(usesTable(collidingWith(first, laterUse), laterUse), "after the drain the slot is free");
        Recorders.drain(new PerKey());
    }

    /**
     * A Thread subclass may override {@code getId()}, and the override may be a woven method: finding the recorder must
     * never call it (it would run the probe inside the probe).
     */
    @Test
    void findingTheRecorderRunsNoApplicationCode() throws Exception {
        Recorders.drain(new PerKey());
        OverridingThread thread = new OverridingThread(() -> {
            for (int i = 0; i < 1_000; i++) {
                Recorders.current().record(Samples.pack(KEY, i, false));
            }
        });
        thread.start();
        thread.join();
        PerKey counted = new PerKey();
        Recorders.drain(counted);
        assertEquals(0, thread.getIdCalls.get(), "getId() overrides called by the recorder lookup");
        assertEquals(1_000, counted.calls[KEY]);
    }

    /** Records once, then notes whether its thread found its recorder in the table. */
    private static final class TableUse implements Runnable {
        volatile boolean inTable;

        @Override
        public void run() {
            Recorders.current().record(Samples.pack(KEY, 1, false));
            inTable = Recorders.inFastTable();
        }
    }

    /** Runs {@code thread}, built with {@code use}, to its end; whether it found its recorder in the table. */
    private static boolean usesTable(Thread thread, TableUse use) throws InterruptedException {
        thread.start();
        thread.join();
        return use.inTable;
    }

    /** A new, unstarted thread whose id falls on the same slot as {@code other}'s (ids are handed out in order). */
    private static Thread collidingWith(Thread other, Runnable body) {
        int slot = RecorderTable.slotOf(other);
        while (true) {
            Thread candidate = new Thread(body);
            if (RecorderTable.slotOf(candidate) == slot) {
                return candidate;
            }
        }
    }

    /** Overrides getId() and counts the calls made while its body runs. */
    private static final class OverridingThread extends Thread {
        final AtomicInteger getIdCalls = new AtomicInteger();
        private volatile boolean running;

        OverridingThread(Runnable body) {
            super(body);
        }

        @Override
        public void run() {
            running = true;
            super.run();
            running = false;
        }

        @Override
        @SuppressWarnings("deprecation")
        public long getId() {
            if (running) {
                getIdCalls.incrementAndGet();
            }
            return super.getId();
        }
    }

    private static final class PerKey extends SamplesOnly {
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
}
