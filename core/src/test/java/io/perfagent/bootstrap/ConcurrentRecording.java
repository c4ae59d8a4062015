package io.perfagent.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Four writer threads each record 300,000 calls of one key (every third an error, every second with a second value);
 * then a last drain. Each writer first stores a buffer's worth of calls and waits until one drain has read them (which
 * promotes the key when hot keys are counted: HotKeys decides at the end of a drain round, so a drainer still working
 * through the writers' backlog could otherwise promote them only once they are done), then writes the rest while a
 * drainer thread drains continuously. The calls: 1,200,000, errors 400,000, second values 600,000.
 */
final class ConcurrentRecording {

    static final int WRITERS = 4;
    static final int CALLS_PER_WRITER = 300_000;
    /** Calls stored before the first drain: more than a buffer's slots, as a promotion asks for. */
    private static final int FIRST_CALLS = ThreadRecorder.CAPACITY;

    private ConcurrentRecording() {
    }

    /** Call i takes {@code i % latencyModulo} ns and has the second value {@code i % secondModulo}. */
    static void run(int keyId, SampleConsumer consumer, int latencyModulo, int secondModulo)
            throws InterruptedException {
        CountDownLatch firstCallsStored = new CountDownLatch(WRITERS);
        CountDownLatch firstDrainDone = new CountDownLatch(1);
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < WRITERS; t++) {
            Thread writer = new Thread(() -> {
                record(keyId, 0, FIRST_CALLS, latencyModulo, secondModulo);
                firstCallsStored.countDown();
                awaitUninterruptibly(firstDrainDone);
                record(keyId, FIRST_CALLS, CALLS_PER_WRITER, latencyModulo, secondModulo);
            });
            writers.add(writer);
            writer.start();
        }
        firstCallsStored.await();
        Recorders.drain(consumer);
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread drainer = new Thread(() -> {
            while (writing.get()) {
                Recorders.drain(consumer);
            }
        });
        drainer.start();
        firstDrainDone.countDown();
        for (Thread writer : writers) {
            writer.join();
        }
        writing.set(false);
        drainer.join();
        Recorders.drain(consumer);
    }

    private static void record(int keyId, int from, int to, int latencyModulo, int secondModulo) {
        for (int i = from; i < to; i++) {
            long packed = Samples.pack(keyId, i % latencyModulo, i % 3 == 0);
            if (i % 2 == 0) {
                Recorders.current().record(packed); // one slot
            } else {
                Recorders.current().record(packed, i % secondModulo); // two
            }
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException e) {
                // the test never interrupts its writers
            }
        }
    }
}
