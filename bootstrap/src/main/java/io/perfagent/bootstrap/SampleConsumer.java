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

    /**
     * {@code calls} calls of one key that its thread counted itself ({@link HotKeys}) whose latency, or with
     * {@code secondValue} whose second value (allocated bytes), fell in the HdrHistogram bucket whose lowest value is
     * {@code bucketValue}. Recording {@code bucketValue} {@code calls} times into an HdrHistogram of the precision
     * given to {@link Recorders#countHotKeys} (1 or 2 digits) gives the same histogram as recording each call's value.
     */
    void acceptCounted(int keyId, boolean secondValue, long bucketValue, long calls);

    /** Calls among those passed to {@link #acceptCounted} (latency) that ended by an exception. */
    void acceptCountedErrors(int keyId, long errors);
}
