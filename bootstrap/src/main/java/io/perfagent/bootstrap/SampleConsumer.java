package io.perfagent.bootstrap;

/**
 * Receives raw samples when the flush thread drains the per-thread buffers ({@link Recorders#drain}).
 * Called only on the draining thread.
 */
public interface SampleConsumer {

    /**
     * @param packed         key id, error flag and latency, decoded with {@link Samples}
     * @param allocatedBytes bytes the call allocated, or -1 when no allocation sample was taken
     */
    void accept(long packed, long allocatedBytes);

    /** Calls of one key that were counted but not sampled because the drain fell behind (see ThreadRecorder). */
    void acceptUnsampled(int keyId, long calls, long errors);
}
