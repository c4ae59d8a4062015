package io.perfagent.bootstrap;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A fixed-size run of raw samples written by ONE application thread and read by the flush thread.
 *
 * <p>A sample is one long, the packed key id / error flag / latency ({@link Samples}), followed by a second long (the
 * allocated bytes, or a batch's size) when its {@link Samples#PAIRED_BIT} is set; a pair never straddles two
 * buffers, so a buffer may end with one unused slot. The writer ({@link ThreadRecorder}) fills slots and publishes the
 * count of slots written with a release store; when the next sample does not fit, it links a {@link #next} buffer
 * (after its last publish), so a linked buffer's count is final. The reader consumes up to the published count and
 * recycles a buffer once it is linked and consumed. Only {@link #consumed} is reader-written; it is touched once per
 * drain (every few milliseconds), never per call.
 */
final class SampleBuffer {

    private static final VarHandle PUBLISHED;
    private static final VarHandle NEXT;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            PUBLISHED = lookup.findVarHandle(SampleBuffer.class, "published", int.class);
            NEXT = lookup.findVarHandle(SampleBuffer.class, "next", SampleBuffer.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final long[] data;
    /** Slots (longs) in {@link #data}. */
    final int capacity;
    /** Slots written: release store by the writer (which keeps its own count), acquire load by the reader. */
    private int published;
    /** Set once by the writer when this buffer is full and it moved on. */
    private SampleBuffer next;
    /** Reader-private: slots already consumed. */
    int consumed;
    /** Link in the owner's stack of recycled buffers. */
    SampleBuffer nextFree;

    SampleBuffer(int capacity) {
        this.capacity = capacity;
        this.data = new long[capacity];
    }

    /** Writer: makes the first {@code count} slots, already stored in {@link #data}, visible to the reader. */
    void publish(int count) {
        PUBLISHED.setRelease(this, count);
    }

    int publishedForReader() {
        return (int) PUBLISHED.getAcquire(this);
    }

    void link(SampleBuffer following) {
        NEXT.setRelease(this, following);
    }

    SampleBuffer nextForReader() {
        return (SampleBuffer) NEXT.getAcquire(this);
    }

    /** Reader: makes a consumed buffer reusable before handing it back to its writer. */
    void reset() {
        consumed = 0;
        nextFree = null;
        NEXT.set(this, (SampleBuffer) null);
        PUBLISHED.set(this, 0);
    }
}
