package io.perfagent.bootstrap;

import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * The registry of every thread's {@link ThreadRecorder} and the drain that moves their samples to the aggregator.
 *
 * <p>{@link #current()} is called on application threads; the first call on a thread allocates its recorder and
 * registers it. {@link #drain} is called on the single flush thread only.
 *
 * <p>A platform thread finds its recorder in the {@link RecorderTable}; the ThreadLocal is the way in for the rest.
 */
public final class Recorders {

    private static final ThreadLocal<ThreadRecorder> LOCAL = new RegisteringLocal();
    private static final ConcurrentLinkedQueue<ThreadRecorder> ALL = new ConcurrentLinkedQueue<>();
    private static volatile Thread drainer;
    private static volatile int keyCapacity = 4096;
    private static long droppedByTerminatedThreads;
    private static long wakeupsOfTerminatedThreads;

    private Recorders() {
    }

    public static ThreadRecorder current() {
        ThreadRecorder recorder = RecorderTable.find(Thread.currentThread());
        return recorder != null ? recorder : LOCAL.get();
    }

    private static ThreadRecorder register() {
        ThreadRecorder recorder = new ThreadRecorder(Thread.currentThread());
        RecorderTable.claim(recorder);
        ALL.add(recorder); // after the slot is known: the drain frees it when the thread ends
        return recorder;
    }

    /** A thread's first lookup registers its recorder; a named class, not a lambda: initialized in premain. */
    private static final class RegisteringLocal extends ThreadLocal<ThreadRecorder> {
        @Override
        protected ThreadRecorder initialValue() {
            return register();
        }
    }

    /** Whether the calling thread finds its recorder in the fast table (tests). */
    static boolean inFastTable() {
        return RecorderTable.find(Thread.currentThread()) != null;
    }

    /** One past the largest key id in use; sizes the per-thread overflow counters. Set by the core at start-up. */
    public static void setKeyCapacity(int capacity) {
        keyCapacity = capacity;
    }

    static int keyCapacity() {
        return keyCapacity;
    }

    /**
     * Lets threads count the calls of their hottest keys in HdrHistogram buckets instead of storing a sample per call
     * ({@link HotKeys}), if the core's histograms have {@code significantDigits} of at most 2, which the buckets
     * reproduce exactly; forgets the counts of an earlier agent. Called by
     * the core at start-up, before its flush thread drains.
     */
    public static void countHotKeys(int significantDigits) {
        HotKeys.configure(ALL, significantDigits);
    }

    /**
     * Every call stored as a sample again, and every thread's counts forgotten: for tests of the buffers and for
     * benchmarks that compare the two ways. Not while a flush thread drains.
     */
    public static void stopCountingHotKeys() {
        HotKeys.configure(ALL, false);
    }

    /** The thread that calls {@link #drain}; application threads wake it when their buffers pile up. */
    public static void setDrainer(Thread thread) {
        drainer = thread;
    }

    static void wakeDrainer() {
        Thread thread = drainer;
        if (thread != null) {
            LockSupport.unpark(thread);
        }
    }

    /**
     * Moves every sample published so far to {@code consumer}. Flush thread only. Recorders of terminated threads are
     * drained one last time and forgotten.
     */
    public static void drain(SampleConsumer consumer) {
        for (Iterator<ThreadRecorder> it = ALL.iterator(); it.hasNext(); ) {
            ThreadRecorder recorder = it.next();
            boolean terminated = recorder.ownerTerminated(); // read before draining: a dead thread writes no more
            drain(recorder, consumer, terminated);
            if (terminated) {
                HotKeys.released(recorder);
                droppedByTerminatedThreads += recorder.droppedSamples();
                wakeupsOfTerminatedThreads += recorder.drainWakeups();
                it.remove();
                RecorderTable.release(recorder);
            }
        }
    }

    private static void drain(ThreadRecorder recorder, SampleConsumer consumer, boolean last) {
        drainBuffers(recorder, consumer);
        drainUnsampled(recorder, consumer);
        recorder.drainCounted(consumer, last);
    }

    /**
     * Hands everything the threads counted themselves ({@link HotKeys}) to {@code consumer}, also for the keys that a
     * regular {@link #drain} scans only now and then: call it after a drain that ends an interval. Flush thread only.
     */
    public static void drainAllCounts(SampleConsumer consumer) {
        for (ThreadRecorder recorder : ALL) {
            recorder.drainCounted(consumer, true);
        }
    }

    private static void drainUnsampled(ThreadRecorder recorder, SampleConsumer consumer) {
        long[] counts = recorder.unsampledForReader();
        if (counts == null) {
            return;
        }
        long[] seen = recorder.unsampledSeen;
        if (seen == null) {
            seen = recorder.unsampledSeen = new long[counts.length];
        }
        for (int slot = 0; slot < counts.length; slot += 2) {
            long calls = ThreadRecorder.countAt(counts, slot);
            if (calls != seen[slot]) {
                long errors = ThreadRecorder.countAt(counts, slot + 1);
                consumer.acceptUnsampled(slot >> 1, calls - seen[slot], errors - seen[slot + 1]);
                seen[slot] = calls;
                seen[slot + 1] = errors;
            }
        }
    }

    /** The samples {@code recorder} published since its last drain, to {@code consumer}. */
    static void drainBuffers(ThreadRecorder recorder, SampleConsumer consumer) {
        SampleBuffer buffer = recorder.head;
        int slotsThisRound = 0;
        int noted = 0; // the round's first samples, noted for HotKeys.survey
        while (true) {
            SampleBuffer next = buffer.nextForReader(); // first: once a buffer is linked, its published count is final
            int published = buffer.publishedForReader();
            long[] data = buffer.data;
            int slot = buffer.consumed;
            while (slot < published) {
                long packed = data[slot];
                if (noted < HotKeys.SURVEY_SAMPLES) {
                    HotKeys.note(noted++, packed);
                }
                if ((packed & Samples.PAIRED_BIT) != 0) {
                    consumer.accept(packed & ~Samples.PAIRED_BIT, data[slot + 1]);
                    slot += 2;
                } else {
                    consumer.accept(packed, -1L);
                    slot++;
                }
            }
            slotsThisRound += published - buffer.consumed;
            buffer.consumed = published;
            if (next == null) {
                if (slotsThisRound >= ThreadRecorder.CAPACITY) {
                    HotKeys.survey(recorder, noted); // a buffer's worth since the last drain: any hot keys?
                }
                return; // the writer links the next buffer only when a sample no longer fits
            }
            recorder.head = next;
            recorder.recycle(buffer);
            buffer = next;
        }
    }

    /** Samples lost because a thread outran the drain; flush thread only. */
    public static long droppedSamples() {
        long total = droppedByTerminatedThreads;
        for (ThreadRecorder recorder : ALL) {
            total += recorder.droppedSamples();
        }
        return total;
    }

    /**
     * Times an application thread woke the drainer before its periodic round because its buffers piled up (a very hot
     * method); flush thread only.
     */
    public static long drainWakeups() {
        long total = wakeupsOfTerminatedThreads;
        for (ThreadRecorder recorder : ALL) {
            total += recorder.drainWakeups();
        }
        return total;
    }

    /**
     * How many times a thread's key was switched from stored samples to counting in place ({@link HotKeys}) since
     * start: a method called hundreds of thousands of times a second on one thread. Any thread.
     */
    public static long keysCountedInPlace() {
        return HotKeys.promotions();
    }

    /** Number of threads that have recorded and are still tracked. */
    public static int trackedThreads() {
        return ALL.size();
    }
}
