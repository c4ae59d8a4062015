package io.perfagent.agent.attach;

import io.perfagent.bootstrap.Recorders;
import io.perfagent.bootstrap.SampleConsumer;

/**
 * Drops samples left in the application threads' buffers by an earlier, detached agent (a call that was running
 * while its class was restored still records on exit). Their key ids belonged to the old registry, so counting them
 * under the new one would credit the wrong keys. Called once per attach, before the new flush thread starts, so the
 * single-drainer rule of {@link Recorders#drain} holds.
 */
public final class SampleLeftovers {

    private static final SampleConsumer DISCARD = new SampleConsumer() {
        @Override
        public void accept(long packed, long allocatedBytes) {
        }

        @Override
        public void acceptUnsampled(int keyId, long calls, long errors) {
        }

        @Override
        public void acceptCounted(int keyId, boolean secondValue, long bucketValue, long calls) {
        }

        @Override
        public void acceptCountedErrors(int keyId, long errors) {
        }
    };

    private SampleLeftovers() {
    }

    public static void discard() {
        Recorders.drain(DISCARD);
    }
}
