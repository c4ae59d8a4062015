package io.perfagent.bootstrap;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;

/**
 * The fast way from a platform thread to its {@link ThreadRecorder}: a table indexed by the low bits of the thread's
 * id, one array load and one identity compare, cheaper than a ThreadLocal lookup (which hashes into the thread's map
 * and reads a weak reference). {@link Recorders} falls back to its ThreadLocal for whatever this table does not hold.
 *
 * <p>The table is written once per thread, when it registers (compare-and-set into a free slot), and when the drain
 * forgets a thread that ended; calls only read it. Left out: a thread whose slot is taken, every virtual thread (there
 * may be millions, and their registrations would keep writing the table) and, before JDK 19, subclasses of Thread.
 * The id is read without running application code: {@code Thread.threadId()} (final) on JDK 19+, before that
 * {@code getId()} of a plain {@code java.lang.Thread} only, as a subclass may override it, and its override may itself
 * be woven (the probe would call itself). The compare is on the Thread itself, never on the id, so two threads sharing
 * a slot never share a single-writer recorder. Thread-safe.
 */
final class RecorderTable {

    /** Slots of the table (a power of two); 32 KB with compressed references. */
    static final int SLOTS = 8192;
    private static final ThreadRecorder[] BY_THREAD_ID = new ThreadRecorder[SLOTS];
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(ThreadRecorder[].class);
    /** {@code (Thread) -> long}: the thread's id, or -1 when it cannot be read without running application code. */
    private static final MethodHandle THREAD_ID = threadIdHandle();
    /** {@code Thread.isVirtual()} on JDK 21+, null before (no virtual threads). */
    private static final MethodHandle IS_VIRTUAL = isVirtualHandle();

    private RecorderTable() {
    }

    /** The recorder {@code thread} registered here, or null. Called on every probe: no allocation, no lock. */
    static ThreadRecorder find(Thread thread) {
        int slot = slotOf(thread);
        if (slot < 0) {
            return null;
        }
        ThreadRecorder recorder = BY_THREAD_ID[slot];
        return recorder != null && recorder.owner == thread ? recorder : null;
    }

    /** Puts a new recorder in its thread's slot if that is free and the thread may use the table. */
    static void claim(ThreadRecorder recorder) {
        Thread thread = recorder.owner;
        int slot = slotOf(thread);
        if (slot >= 0 && !isVirtual(thread) && SLOT.compareAndSet(BY_THREAD_ID, slot, (ThreadRecorder) null, recorder)) {
            recorder.tableSlot = slot; // before the recorder is published to the drain (Recorders.register)
        }
    }

    /** Frees the slot of a recorder whose thread has ended (the drain). */
    static void release(ThreadRecorder recorder) {
        if (recorder.tableSlot >= 0) {
            SLOT.compareAndSet(BY_THREAD_ID, recorder.tableSlot, recorder, (ThreadRecorder) null);
        }
    }

    /** The table slot of {@code thread}, or -1 when it has none. */
    static int slotOf(Thread thread) {
        long id;
        try {
            id = (long) THREAD_ID.invokeExact(thread);
        } catch (Throwable impossible) {
            return -1;
        }
        return id < 0 ? -1 : (int) id & (SLOTS - 1);
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

    /** Before JDK 19: the id of a plain Thread, -1 for a subclass (whose {@code getId()} may be overridden). */
    @SuppressWarnings("deprecation")
    private static long plainThreadId(Thread thread) {
        return thread.getClass() == Thread.class ? thread.getId() : -1L;
    }

    private static MethodHandle threadIdHandle() {
        try {
            return MethodHandles.publicLookup().findVirtual(Thread.class, "threadId", MethodType.methodType(long.class));
        } catch (ReflectiveOperationException | SecurityException beforeJdk19) {
            try {
                return MethodHandles.lookup().findStatic(RecorderTable.class, "plainThreadId",
                        MethodType.methodType(long.class, Thread.class));
            } catch (ReflectiveOperationException impossible) {
                throw new ExceptionInInitializerError(impossible);
            }
        }
    }

    private static MethodHandle isVirtualHandle() {
        try {
            return MethodHandles.publicLookup().findVirtual(Thread.class, "isVirtual", MethodType.methodType(boolean.class));
        } catch (ReflectiveOperationException | SecurityException beforeJdk21) {
            return null;
        }
    }
}
