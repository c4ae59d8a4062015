package io.perfagent.bootstrap;

/**
 * Packing of one sample's key id, error flag and latency into a single long, so a sample costs two array stores.
 *
 * <pre>
 *  63 .. 43   key id (21 bits, up to 2,097,151 keys)
 *  42         1 when the call ended by an exception
 *  41 .. 0    latency in ns, clamped to 2^42-1 (about 73 minutes)
 * </pre>
 * Stateless; safe on any thread.
 */
public final class Samples {

    public static final int MAX_KEY_ID = (1 << 21) - 1;
    public static final long MAX_LATENCY_NANOS = (1L << 42) - 1;
    private static final long ERROR_BIT = 1L << 42;

    private Samples() {
    }

    public static long pack(int keyId, long latencyNanos, boolean error) {
        long latency = latencyNanos < 0 ? 0 : Math.min(latencyNanos, MAX_LATENCY_NANOS);
        return ((long) keyId << 43) | (error ? ERROR_BIT : 0L) | latency;
    }

    public static int keyId(long packed) {
        return (int) (packed >>> 43);
    }

    public static boolean isError(long packed) {
        return (packed & ERROR_BIT) != 0;
    }

    public static long latencyNanos(long packed) {
        return packed & MAX_LATENCY_NANOS;
    }
}
