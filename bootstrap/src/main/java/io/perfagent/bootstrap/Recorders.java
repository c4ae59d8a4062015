package io.perfagent.bootstrap;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * The registry of every thread's {@link ThreadRecorder} and the drain that moves their samples to the aggregator.
 *
 * <p>{@link #current()} is called on application threads; the first call on a thread allocates its recorder and
 * registers it. {@link #drain} is called on the single flush thread only.
 *
 * <p>A platform thread finds its recorder in {@link #BY_THREAD_ID}, a table indexed by the low bits of its id: one
 * array load and one identity compare, cheaper than a ThreadLocal lookup (which hashes into the thread's map and reads a
 * weak reference). The table is written once per thread, when it registers (compare-and-set into a free slot) and
 * when the drain forgets a thread that ended; calls only read it. A thread whose slot is taken, and every virtual
 * thread (there may be millions, and their registrations would keep writing the table), use the ThreadLocal. The
 * compare is on the Thread itself, never on the id: {@code getId()} may be overridden, and two threads sharing a slot
 * must never share a single-writer recorder.
 */
public final class Recorders {

    private static final ThreadLocal<ThreadRecorder> LOCAL = ThreadLocal.withInitial(Recorders::register);
    /** Slots of the fast table (a power of two); 32 KB with compressed references. */
    static final int SLOTS = 8192;
    private static final ThreadRecorder[] BY_THREAD_ID = new ThreadRecorder[SLOTS];
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(ThreadRecorder[].class);
    /** {@code Thread.isVirtual()} on JDK 21+, null before (no virtual threads). */
    private static final MethodHandle IS_VIRTUAL = isVirtualHandle();
    private static final ConcurrentLinkedQueue<ThreadRecorder> ALL = new ConcurrentLinkedQueue<>();
    private static volatile Thread drainer;
    private static volatile int keyCapacity = 4096;
    private static long droppedByTerminatedThreads;
    private static long wakeupsOfTerminatedThreads;

    private Recorders() {
    }

    public static ThreadRecorder current() {
        Thread thread = Thread.currentThread();
        ThreadRecorder recorder = BY_THREAD_ID[slotOf(thread)];
        if (recorder != null && recorder.owner == thread) {
            return recorder;
        }
        return LOCAL.get();
    }

    private static int slotOf(Thread thread) {
        return (int) thread.getId() & (SLOTS - 1);
    }

    private static ThreadRecorder register() {
        Thread thread = Thread.currentThread();
        ThreadRecorder recorder = new ThreadRecorder(thread);
        if (!isVirtual(thread)) {
            // the owner is final, so a thread that reads this slot sees it set; losing the race only means the
            // ThreadLocal stays this thread's way in
            int slot = slotOf(thread);
            if (SLOT.compareAndSet(BY_THREAD_ID, slot, (ThreadRecorder) null, recorder)) {
                recorder.tableSlot = slot;
            }
        }
        ALL.add(recorder); // after the slot is known: the drain frees it when the thread ends
        return recorder;
    }

    static boolean isVirtual(Thread thread) {
        if (IS_VIRTUAL == null) {
            return false;
        }
        try {
            return (boolean) IS_VIRTUAL.invokeExact(thread);
        } catch (Throwable unexpected) {
            return true; // when in doubt, keep the thread out of the shared table
        }
    }

    private static MethodHandle isVirtualHandle() {
        try {
            return MethodHandles.publicLookup().findVirtual(Thread.class, "isVirtual", MethodType.methodType(boolean.class));
        } catch (ReflectiveOperationException | SecurityException beforeJdk21) {
            return null;
        }
    }

    /** Whether the calling thread found its recorder in the fast table (tests). */
    static boolean inFastTable() {
        Thread thread = Thread.currentThread();
        ThreadRecorder recorder = BY_THREAD_ID[slotOf(thread)];
        return recorder != null && recorder.owner == thread;
    }

    /** One past the largest key id in use; sizes the per-thread overflow counters. Set by the core at start-up. */
    public static void setKeyCapacity(int capacity) {
        keyCapacity = capacity;
    }

    static int keyCapacity() {
        return keyCapacity;
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
            drain(recorder, consumer);
            if (terminated) {
                droppedByTerminatedThreads += recorder.droppedSamples();
                wakeupsOfTerminatedThreads += recorder.drainWakeups();
                it.remove();
                if (recorder.tableSlot >= 0) {
                    SLOT.compareAndSet(BY_THREAD_ID, recorder.tableSlot, recorder, (ThreadRecorder) null);
                }
            }
        }
    }

    private static void drain(ThreadRecorder recorder, SampleConsumer consumer) {
        drainBuffers(recorder, consumer);
        drainUnsampled(recorder, consumer);
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

    private static void drainBuffers(ThreadRecorder recorder, SampleConsumer consumer) {
        SampleBuffer buffer = recorder.head;
        while (true) {
            SampleBuffer next = buffer.nextForReader(); // first: once a buffer is linked, its published count is final
            int published = buffer.publishedForReader();
            long[] data = buffer.data;
            int slot = buffer.consumed;
            while (slot < published) {
                long packed = data[slot];
                if ((packed & Samples.PAIRED_BIT) != 0) {
                    consumer.accept(packed & ~Samples.PAIRED_BIT, data[slot + 1]);
                    slot += 2;
                } else {
                    consumer.accept(packed, -1L);
                    slot++;
                }
            }
            buffer.consumed = published;
            if (next == null) {
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

    /** Number of threads that have recorded and are still tracked. */
    public static int trackedThreads() {
        return ALL.size();
    }
}
