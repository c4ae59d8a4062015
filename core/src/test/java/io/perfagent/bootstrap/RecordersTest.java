package io.perfagent.bootstrap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


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
        ConcurrentRecording.run(KEY, counted, Integer.MAX_VALUE, Integer.MAX_VALUE);
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
