package io.perfagent.bootstrap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The per-thread buffers lose nothing: every record is drained once, sampled or counted as unsampled. */
class RecordersTest {

    @BeforeEach
    void storeEveryCallAsASample() {
        Recorders.stopCountingHotKeys();
    }

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

    private static final class Counting extends SamplesOnly {
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
