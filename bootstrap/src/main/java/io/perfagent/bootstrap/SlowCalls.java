package io.perfagent.bootstrap;

/**
 * Hands calls slower than the configured threshold to the core, which captures the stack and writes a slow-call line.
 *
 * <p>The threshold check is one read of a field that is written only when configuration changes, so the fast path is a
 * compare; the listener runs only for slow calls (on the application thread, which is already slow).
 */
public final class SlowCalls {

    /** Calls at or above this many ns are reported; Long.MAX_VALUE disables the log. */
    private static volatile long thresholdNanos = Long.MAX_VALUE;
    private static volatile SlowCallListener listener;

    private SlowCalls() {
    }

    static void check(int keyId, long latencyNanos) {
        if (latencyNanos >= thresholdNanos) {
            notifyListener(keyId, latencyNanos);
        }
    }

    private static void notifyListener(int keyId, long latencyNanos) {
        SlowCallListener current = listener;
        if (current != null) {
            try {
                current.onSlowCall(keyId, latencyNanos);
            } catch (Throwable t) {
                AgentErrors.adviceError(t);
            }
        }
    }

    /** Installs the listener and the threshold; the core calls this at start-up and on reload. */
    public static void configure(SlowCallListener newListener, long newThresholdNanos) {
        listener = newListener;
        thresholdNanos = newListener == null ? Long.MAX_VALUE : newThresholdNanos;
    }

    /** Implemented by the core. Called on the application thread that made the slow call. */
    public interface SlowCallListener {
        void onSlowCall(int keyId, long latencyNanos);
    }
}
