package io.perfagent.bootstrap;

/**
 * Packing of one sample's key id, error flag and latency into a single long, so a timing-only sample is one array
 * store (and a sample with a second value, allocated bytes or a batch size, two).
 *
 * <pre>
 *  63 .. 44   key id (20 bits, up to 1,048,575 keys)
 *  43         set by the recorder in its buffer when the next long is this sample's second value; never seen by a
 *             consumer
 *  42         1 when the call ended by an exception
 *  41 .. 0    latency in ns, clamped to 2^42-1 (about 73 minutes)
 * </pre>
 * Stateless; safe on any thread.
 */
public final class Samples {

    public static final int MAX_KEY_ID = (1 << 20) - 1;
    public static final long MAX_LATENCY_NANOS = (1L << 42) - 1;
    private static final long ERROR_BIT = 1L << 42;
    /** In a recorder's buffer: a second value follows this sample. */
    static final long PAIRED_BIT = 1L << 43;

    private Samples() {
    }

    public static long pack(int keyId, long latencyNanos, boolean error) {
        long latency = latencyNanos < 0 ? 0 : Math.min(latencyNanos, MAX_LATENCY_NANOS);
        return ((long) keyId << 44) | (error ? ERROR_BIT : 0L) | latency;
    }

    public static int keyId(long packed) {
        return (int) (packed >>> 44);
    }

    public static boolean isError(long packed) {
        return (packed & ERROR_BIT) != 0;
    }

    /**
     * Non-zero when the call ended by an exception: {@link #isError} as a trivial method (6 bytes of bytecode), which
     * the JIT inlines at any call site, however cold (ThreadRecorder's counted path relies on it).
     */
    static long errorBit(long packed) {
        return packed & ERROR_BIT;
    }

    public static long latencyNanos(long packed) {
        return packed & MAX_LATENCY_NANOS;
    }
}
