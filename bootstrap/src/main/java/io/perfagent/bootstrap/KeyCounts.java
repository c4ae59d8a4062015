package io.perfagent.bootstrap;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One thread's bucket counts of one hot key: the thread adds each call to its latency bucket (and its second value's
 * bucket) instead of storing a sample, and the flush thread reads how much each bucket grew since its last drain.
 *
 * <p>Why: a stored sample costs the flush thread ~20-30 ns to read (from another core's cache), decode and record; for
 * a key called millions of times a second that is most of a core, which on a machine without an idle core comes out of
 * the application's threads. A bucket increment costs the calling thread a few ns, and the flush thread's work no
 * longer grows with the number of calls. {@link HotKeys} decides which keys a thread counts and bounds the memory:
 * ~18 KB per key and thread (~37 KB with a second value), writer's and reader's copies together.
 *
 * <p>The writer's counts are one int array, so that the probe reaches a bucket in as few dependent loads as possible
 * (the clock read that follows waits for them): {@link #ERRORS}, then the {@link BucketLayout} buckets of the latency
 * and, if the array is long enough, of the second value. Single writer (the owning thread), single
 * reader (the flush thread), no locks, no read-modify-write instructions: only the owner writes, with opaque stores so
 * that no count is kept in a register across calls. The reader keeps its own copy of what it has seen and hands on
 * the differences (an int difference is right across wrap-around as long as a bucket grows by less than 2^32 between
 * two drains). There is deliberately no total of calls for the reader to check first: one more store per call cost
 * the probe ~2 ns (ProbePartsBenchmark). Instead the reader scans a key whose last scan found nothing only every
 * {@link #QUIET_SCAN_EVERY}th drain (~0.1 s), and every key at the end of each interval ({@link #drainTo}'s
 * {@code everything}); a scan reads ~2,300 ints (~4,600 with a second value), a few microseconds.
 */
final class KeyCounts {

    static final int ERRORS = 0;
    private static final int LATENCY = 1;
    static final int QUIET_SCAN_EVERY = 10;
    /** The length of a key's counts without a second value, and the first slot of the second value's buckets. */
    private static final int SECOND = LATENCY + BucketLayout.LENGTH;
    /** The length of a key's counts with a second value. */
    static final int WITH_SECOND = SECOND + BucketLayout.LENGTH;
    /** Opaque access to a count: the writer's stores, the reader's loads. */
    static final VarHandle COUNTS = MethodHandles.arrayElementVarHandle(int[].class);

    final int keyId;
    /** Writer-written: see the class comment. */
    final int[] counts;
    /** Reader-private: the counts as of the last drain. */
    private final int[] seen;
    /** Reader-private: drains left to skip before this quiet key's next scan. */
    private int skip;

    KeyCounts(int keyId, boolean withSecond) {
        this.keyId = keyId;
        this.counts = new int[withSecond ? WITH_SECOND : SECOND];
        this.seen = new int[counts.length];
    }

    /**
     * Writer: the slot of {@code counts} that a latency of {@code nanos} increments, for {@code nanos} below
     * {@link BucketLayout#LIMIT}. The writer ({@link ThreadRecorder#record(long)}) does the increments itself, with
     * opaque stores through {@link #COUNTS}, and stores a sample instead for a value at or beyond the limit, or a
     * second value that counts of {@link #SECOND}'s length have no buckets for.
     */
    static int latencySlot(long nanos) {
        return LATENCY + BucketLayout.index(nanos);
    }

    /** Writer: the slot that a second value below {@link BucketLayout#LIMIT} increments in counts with a second. */
    static int secondSlot(long value) {
        return SECOND + BucketLayout.index(value);
    }

    /**
     * Reader: hands every bucket that grew since its last scan to {@code consumer}; with {@code everything} false, a
     * key whose last scan found nothing is scanned only every {@link #QUIET_SCAN_EVERY}th time.
     */
    void drainTo(SampleConsumer consumer, boolean everything) {
        if (!everything && skip > 0) {
            skip--;
            return;
        }
        boolean grew = drainBuckets(LATENCY, false, consumer);
        if (counts.length == WITH_SECOND) {
            grew |= drainBuckets(SECOND, true, consumer);
        }
        long errors = grown(ERRORS);
        if (errors != 0) {
            consumer.acceptCountedErrors(keyId, errors);
        }
        skip = grew ? 0 : QUIET_SCAN_EVERY - 1;
    }

    private boolean drainBuckets(int from, boolean secondValues, SampleConsumer consumer) {
        boolean grew = false;
        for (int bucket = 0; bucket < BucketLayout.LENGTH; bucket++) {
            long calls = grown(from + bucket);
            if (calls != 0) {
                consumer.acceptCounted(keyId, secondValues, BucketLayout.lowestValue(bucket), calls);
                grew = true;
            }
        }
        return grew;
    }

    /** Reader: how much slot {@code index} grew since the last look, remembering its new value. */
    private long grown(int index) {
        int now = (int) COUNTS.getOpaque(counts, index);
        int before = seen[index];
        if (now == before) {
            return 0;
        }
        seen[index] = now;
        return Integer.toUnsignedLong(now - before);
    }
}
