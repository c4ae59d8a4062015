package io.perfagent.bootstrap;

/**
 * A consumer for tests of the sample buffers, which turn hot-key counting off ({@link Recorders#stopCountingHotKeys}):
 * a call that still arrives counted instead of as a sample fails the test.
 */
abstract class SamplesOnly implements SampleConsumer {

    @Override
    public void acceptCounted(int keyId, boolean secondValue, long bucketValue, long calls) {
        throw new AssertionError("key " + keyId + ": " + calls + " calls arrived counted, not as samples");
    }

    @Override
    public void acceptCountedErrors(int keyId, long errors) {
        throw new AssertionError("key " + keyId + ": " + errors + " errors arrived counted, not as samples");
    }
}
