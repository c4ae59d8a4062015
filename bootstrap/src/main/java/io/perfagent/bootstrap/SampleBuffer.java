package io.perfagent.bootstrap;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A fixed-size run of raw samples written by ONE application thread and read by the flush thread.
 *
 * <p>Each sample is two longs: the packed key id / error flag / latency ({@link Samples}) and the allocated bytes
 * (or -1 when there is no allocation sample). The writer ({@link ThreadRecorder}) fills slots and publishes the
 * count with a release store;
 * when the buffer is full it links a {@link #next} buffer. The reader consumes up to the published count and recycles
 * a buffer once it is full, consumed and linked. Only {@link #consumed} is reader-written; it is touched once per drain
 * (every few milliseconds), never per call.
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
    final int capacity;
    /** Samples written: release store by the writer (which keeps its own count), acquire load by the reader. */
    private int published;
    /** Set once by the writer when this buffer is full and it moved on. */
    private SampleBuffer next;
    /** Reader-private: samples already consumed. */
    int consumed;
    /** Link in the owner's stack of recycled buffers. */
    SampleBuffer nextFree;

    SampleBuffer(int capacity) {
        this.capacity = capacity;
        this.data = new long[capacity * 2];
    }

    /** Writer: makes the first {@code count} samples, already stored in {@link #data}, visible to the reader. */
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
