package io.perfagent.bootstrap;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One application thread's chain of {@link SampleBuffer}s: the thread appends to the tail, the flush thread consumes
 * from the head. Single writer, single reader, no locks.
 *
 * <p>A thread starts with a small buffer (so thousands of short-lived or virtual threads stay cheap) and moves to
 * full-size buffers only if it keeps recording. Full-size buffers come back from the reader through {@link #spare}
 * and are reused, so steady-state recording allocates nothing. A thread may own at most
 * {@link #MAX_BUFFERS_PER_THREAD} full-size buffers in flight (written, not yet drained), and keeps at most
 * {@link #KEEP_BUFFERS} once they are drained (the rest go back to the garbage collector, so a burst does not pin
 * memory for the thread's lifetime); if the reader falls that far behind (a tight loop on a saturated
 * machine), further calls are only counted per key ({@link #unsampled}): counts and errors stay exact, percentiles are
 * computed from the samples that were kept, and the application is never blocked.
 */
public final class ThreadRecorder {

    /** Slots (longs) of a thread's first buffer and of every later one (16 KB). */
    static final int FIRST_CAPACITY = 32;
    static final int CAPACITY = 2048;
    static final int MAX_BUFFERS_PER_THREAD = 256;
    static final int KEEP_BUFFERS = 64;
    /**
     * When a hot thread's recycled buffers run down to this many, it wakes the drainer, so that they come back before
     * it runs out and has to allocate: at full speed about 1 ms of headroom, which the drainer needs on a busy 2-core
     * machine (MooBench's thread allocated ~0.5 B per call when the wake-up came only with an allocation).
     */
    static final int LOW_WATER = 16;
    /**
     * A thread is hot, and every new buffer it allocates also wakes the drainer, past this many buffers. Below it, a
     * thread grows its pool without waking anyone: waking the drainer for every buffer would return buffers one by
     * one and keep the pool too small to ever reach {@link #LOW_WATER}, so a thread with a fast drainer would allocate
     * a buffer in every round (ThreadRecorderTest).
     */
    static final int HOT_BUFFERS = 2 * LOW_WATER;

    private static final VarHandle SPARE;
    private static final VarHandle DROPPED;
    private static final VarHandle UNSAMPLED;
    private static final VarHandle ALLOCATED;
    private static final VarHandle RELEASED;
    private static final VarHandle WAKEUPS;
    private static final VarHandle COUNTS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final VarHandle COUNTED;
    private static final VarHandle COUNTED_SLOT = MethodHandles.arrayElementVarHandle(int[][].class);

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            SPARE = lookup.findVarHandle(ThreadRecorder.class, "spare", SampleBuffer.class);
            DROPPED = lookup.findVarHandle(ThreadRecorder.class, "dropped", long.class);
            UNSAMPLED = lookup.findVarHandle(ThreadRecorder.class, "unsampled", long[].class);
            ALLOCATED = lookup.findVarHandle(ThreadRecorder.class, "buffersAllocated", int.class);
            RELEASED = lookup.findVarHandle(ThreadRecorder.class, "buffersReleased", int.class);
            WAKEUPS = lookup.findVarHandle(ThreadRecorder.class, "drainWakeups", long.class);
            COUNTED = lookup.findVarHandle(ThreadRecorder.class, "countedByKey", int[][].class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * Strong, so that {@link RecorderTable#find} can compare it with the calling thread; the recorder leaves the
     * registry (and with it this reference) at the first drain after the thread ends.
     */
    final Thread owner;
    /** The recorder's slot in the {@link RecorderTable}, -1 if it has none; written before any drain can see it. */
    int tableSlot = -1;
    /** Writer-private: the buffer being filled, and copies of its array, capacity and fill, kept here so that a call
     * reads only this object's fields before it stores its sample (one dependent load less on the hot path). */
    private SampleBuffer tail;
    private long[] tailData;
    private int tailCapacity;
    private int tailWritten;
    private SampleBuffer freeList;
    /** Writer-private: buffers left in {@link #freeList}, and whether the drainer was woken since it was taken. */
    private int freeCount;
    private boolean wokeForBatch;
    /** Written by the writer (opaque), read by the reader when it decides whether to keep a drained buffer. */
    private int buffersAllocated;
    /** Written by the reader (opaque) for each drained buffer it let go; read by the writer only at its cap. */
    private int buffersReleased;
    /** Writer-written (opaque), reader-read: times this thread woke the drainer before its next round. */
    private long drainWakeups;
    /** Writer-written (opaque), reader-read: calls of a key id beyond {@link Recorders#keyCapacity()}, lost. */
    private long dropped;
    /** Created on the first overflow: [2*id] calls and [2*id+1] errors recorded without a sample. */
    private long[] unsampled;
    /** Reader-private: the part of {@link #unsampled} already handed to the aggregator. */
    long[] unsampledSeen;
    /** Reader-private. */
    SampleBuffer head;
    /**
     * The counts ({@link KeyCounts#counts}) of the keys this thread counts itself ({@link HotKeys}), by key id: written
     * by the reader (release stores of the array and of its elements), read by the writer on every call (opaque, so a
     * promotion is seen soon); null until the thread's first hot key.
     */
    private int[][] countedByKey;
    /** Reader-private: the same counts as a list, to drain them; null until the first. */
    private KeyCounts[] counted;
    private int countedCount;
    /** Recycled buffers pushed by the reader, taken all at once by the writer. */
    private SampleBuffer spare;

    /** Per-thread nesting depth used by the JDBC probes so that only the outermost statement call counts. */
    public int jdbcDepth;
    /** Key id plus one of a statement executed inside the current outermost JDBC call (0: none); see JdbcTimings. */
    public int jdbcInnerKeyId;

    ThreadRecorder(Thread owner) {
        this.owner = owner;
        this.head = new SampleBuffer(FIRST_CAPACITY);
        startFilling(head);
    }

    private void startFilling(SampleBuffer buffer) {
        tail = buffer;
        tailData = buffer.data;
        tailCapacity = buffer.capacity;
        tailWritten = 0;
    }

    /**
     * A sample without a second value (a timing-only call): one slot. Called on the owning thread only. Never blocks,
     * never locks; allocates only when growing its buffers.
     *
     * <p>The counted path ({@link HotKeys}) is written out in this method, its bucket computed before the branch,
     * rather than called: the JIT compiles a caller with the branch profile it has seen so far, and a call on a path
     * that profile calls cold is left out of line ("too big", "low call site frequency"). A key promoted shortly before
     * its callers were compiled then paid ~15 ns more per call for the rest of the JVM's life (docs/benchmarks.md).
     * With only intrinsics, VarHandle accesses and trivial accessors on the path, its compiled shape no longer depends
     * on when the promotion came; the bucket's arithmetic, used only on that path, is scheduled there by the JIT.
     */
    public void record(long packed) {
        long nanos = Samples.latencyNanos(packed);
        int latencySlot = KeyCounts.latencySlot(nanos);
        int[][] byKey = (int[][]) COUNTED.getOpaque(this);
        if (byKey != null && nanos < BucketLayout.LIMIT) {
            int id = Samples.keyId(packed);
            int[] counts = id < byKey.length ? (int[]) COUNTED_SLOT.getOpaque(byKey, id) : null;
            if (counts != null) {
                KeyCounts.COUNTS.setOpaque(counts, latencySlot, counts[latencySlot] + 1);
                if (Samples.errorBit(packed) != 0) {
                    KeyCounts.COUNTS.setOpaque(counts, KeyCounts.ERRORS, counts[KeyCounts.ERRORS] + 1);
                }
                return;
            }
        }
        int index = tailWritten;
        if (index == tailCapacity) {
            if (grow(tail) == null) {
                countUnsampled(packed);
                return;
            }
            index = 0;
        }
        tailData[index] = packed;
        tailWritten = ++index;
        tail.publish(index);
    }

    /**
     * A sample with a second value (allocated bytes, a batch size); {@code second < 0} means none, stored as
     * {@link #record(long)}. Same contract, and the counted path written out for the same reason.
     */
    public void record(long packed, long second) {
        if (second < 0) {
            record(packed);
            return;
        }
        long nanos = Samples.latencyNanos(packed);
        int latencySlot = KeyCounts.latencySlot(nanos);
        int secondSlot = KeyCounts.secondSlot(second);
        int[][] byKey = (int[][]) COUNTED.getOpaque(this);
        if (byKey != null && nanos < BucketLayout.LIMIT && second < BucketLayout.LIMIT) {
            int id = Samples.keyId(packed);
            int[] counts = id < byKey.length ? (int[]) COUNTED_SLOT.getOpaque(byKey, id) : null;
            if (counts != null && counts.length == KeyCounts.WITH_SECOND) {
                KeyCounts.COUNTS.setOpaque(counts, secondSlot, counts[secondSlot] + 1);
                KeyCounts.COUNTS.setOpaque(counts, latencySlot, counts[latencySlot] + 1);
                if (Samples.errorBit(packed) != 0) {
                    KeyCounts.COUNTS.setOpaque(counts, KeyCounts.ERRORS, counts[KeyCounts.ERRORS] + 1);
                }
                return;
            }
        }
        int index = tailWritten;
        if (index + 2 > tailCapacity) {
            if (grow(tail) == null) {
                countUnsampled(packed);
                return;
            }
            index = 0;
        }
        long[] data = tailData;
        data[index] = packed | Samples.PAIRED_BIT;
        data[index + 1] = second;
        index += 2;
        tailWritten = index;
        tail.publish(index);
    }

    /** Reader: from now on this thread counts {@code counts.keyId}'s calls itself. */
    void startCounting(KeyCounts counts) {
        int[][] byKey = countedByKey; // only the reader writes the field
        int id = counts.keyId;
        if (byKey == null || id >= byKey.length) {
            int length = byKey == null ? 64 : byKey.length;
            while (length <= id) {
                length *= 2;
            }
            int[][] grown = new int[length][];
            if (byKey != null) {
                System.arraycopy(byKey, 0, grown, 0, byKey.length);
            }
            byKey = grown;
        }
        COUNTED_SLOT.setRelease(byKey, id, counts.counts);
        COUNTED.setRelease(this, byKey);
        if (counted == null) {
            counted = new KeyCounts[HotKeys.MAX_PER_THREAD];
        }
        counted[countedCount++] = counts;
    }

    /** Reader: whether this thread already counts {@code keyId} itself. */
    boolean counts(int keyId) {
        int[][] byKey = countedByKey;
        return byKey != null && keyId < byKey.length && byKey[keyId] != null;
    }

    int countedCount() {
        return countedCount;
    }

    /** Reader: hands what the counted keys gained to {@code consumer} (quiet keys only now and then, or everything). */
    void drainCounted(SampleConsumer consumer, boolean everything) {
        for (int i = 0; i < countedCount; i++) {
            counted[i].drainTo(consumer, everything);
        }
    }

    /**
     * Reader, before any drain of a new agent: stops counting. Calls counted from now on are stored as samples; calls
     * the writer is counting at this very moment are lost with the old counts.
     */
    void forgetCounted() {
        COUNTED.setRelease(this, (int[][]) null);
        counted = null;
        countedCount = 0;
    }

    private void countUnsampled(long packed) {
        int id = Samples.keyId(packed);
        long[] counts = unsampled;
        if (counts == null) {
            counts = new long[Recorders.keyCapacity() * 2];
            UNSAMPLED.setRelease(this, counts);
        }
        int slot = id << 1;
        if (slot + 1 >= counts.length) {
            DROPPED.setOpaque(this, dropped + 1);
            return;
        }
        COUNTS.setRelease(counts, slot, counts[slot] + 1);
        if (Samples.isError(packed)) {
            COUNTS.setRelease(counts, slot + 1, counts[slot + 1] + 1);
        }
    }

    /** Reader: the overflow counts array, or null while this thread never overflowed. */
    long[] unsampledForReader() {
        return (long[]) UNSAMPLED.getAcquire(this);
    }

    static long countAt(long[] counts, int slot) {
        return (long) COUNTS.getAcquire(counts, slot);
    }

    private SampleBuffer grow(SampleBuffer full) {
        SampleBuffer next = takeRecycled();
        if (next == null) {
            if (buffersAllocated - (int) RELEASED.getOpaque(this) >= MAX_BUFFERS_PER_THREAD) {
                Recorders.wakeDrainer();
                return null;
            }
            next = new SampleBuffer(CAPACITY);
            ALLOCATED.setOpaque(this, buffersAllocated + 1);
            if (buffersAllocated > HOT_BUFFERS) {
                wakeDrainer();
            }
        }
        full.link(next);
        startFilling(next);
        return next;
    }

    private SampleBuffer takeRecycled() {
        SampleBuffer next = freeList;
        if (next == null) {
            next = (SampleBuffer) SPARE.getAndSet(this, (SampleBuffer) null);
            freeCount = length(next);
            wokeForBatch = false;
        }
        if (next != null) {
            freeList = next.nextFree;
            next.nextFree = null;
            if (--freeCount <= LOW_WATER && !wokeForBatch && buffersAllocated >= HOT_BUFFERS) {
                wokeForBatch = true; // at most once per batch of recycled buffers
                wakeDrainer();
            }
        }
        return next;
    }

    private void wakeDrainer() {
        WAKEUPS.setOpaque(this, drainWakeups + 1);
        Recorders.wakeDrainer();
    }

    /** Reader: how often this thread woke the drainer early (its buffers piled up). */
    long drainWakeups() {
        return (long) WAKEUPS.getOpaque(this);
    }

    /** At most {@link #KEEP_BUFFERS} links, walked once per batch taken: less than one step per buffer filled. */
    private static int length(SampleBuffer stack) {
        int length = 0;
        for (SampleBuffer b = stack; b != null; b = b.nextFree) {
            length++;
        }
        return length;
    }

    /** Reader: gives a consumed full-size buffer back to its writer. */
    void recycle(SampleBuffer buffer) {
        if (buffer.capacity != CAPACITY) {
            return; // the small first buffer is left to the garbage collector
        }
        int released = buffersReleased;
        if ((int) ALLOCATED.getOpaque(this) - released > KEEP_BUFFERS) {
            RELEASED.setOpaque(this, released + 1); // past a burst: let it go rather than pin it
            return;
        }
        buffer.reset();
        SampleBuffer top;
        do {
            top = (SampleBuffer) SPARE.getVolatile(this);
            buffer.nextFree = top;
        } while (!SPARE.compareAndSet(this, top, buffer));
    }

    /** Full-size buffers this writer ever allocated (tests). */
    int buffersAllocatedForTest() {
        return (int) ALLOCATED.getOpaque(this);
    }

    long droppedSamples() {
        return (long) DROPPED.getOpaque(this);
    }

    boolean ownerTerminated() {
        return !owner.isAlive();
    }
}
