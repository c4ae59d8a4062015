package io.perfagent.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Four writer threads each record 300,000 calls of one key (every third an error, every second with a second value)
 * while one drainer thread drains into a consumer; then a last drain. The calls: 1,200,000, errors 400,000, second
 * values 600,000.
 */
final class ConcurrentRecording {

    static final int WRITERS = 4;
    static final int CALLS_PER_WRITER = 300_000;

    private ConcurrentRecording() {
    }

    /** Call i takes {@code i % latencyModulo} ns and has the second value {@code i % secondModulo}. */
    static void run(int keyId, SampleConsumer consumer, int latencyModulo, int secondModulo)
            throws InterruptedException {
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread drainer = new Thread(() -> {
            while (writing.get()) {
                Recorders.drain(consumer);
            }
        });
        drainer.start();
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < WRITERS; t++) {
            Thread writer = new Thread(() -> {
                for (int i = 0; i < CALLS_PER_WRITER; i++) {
                    long packed = Samples.pack(keyId, i % latencyModulo, i % 3 == 0);
                    if (i % 2 == 0) {
                        Recorders.current().record(packed); // one slot
                    } else {
                        Recorders.current().record(packed, i % secondModulo); // two
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
        Recorders.drain(consumer);
    }
}
