package io.perfagent.bootstrap;

/**
 * Hands calls slower than their kind's threshold to the core, which captures the stack and writes a slow-call line.
 *
 * <p>Each kind family has its own threshold field ({@link #check} for timed methods, {@link #checkJdbc} for SQL and
 * pool calls), written only when configuration changes, so the fast path stays one compare of a field read; the
 * listener runs only for slow calls (on the application thread, which is already slow).
 */
public final class SlowCalls {

    /** Calls at or above this many ns are reported; Long.MAX_VALUE disables the log. */
    private static volatile long methodThresholdNanos = Long.MAX_VALUE;
    private static volatile long jdbcThresholdNanos = Long.MAX_VALUE;
    private static volatile SlowCallListener listener;

    private SlowCalls() {
    }

    /** Timed methods ({@code methods.slow-threshold}). */
    static void check(int keyId, long latencyNanos) {
        if (latencyNanos >= methodThresholdNanos) {
            notifyListener(keyId, latencyNanos);
        }
    }

    /** SQL statements and pool waits ({@code jdbc.slow-threshold}). */
    static void checkJdbc(int keyId, long latencyNanos) {
        if (latencyNanos >= jdbcThresholdNanos) {
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

    /** One threshold for every kind. */
    public static void configure(SlowCallListener newListener, long newThresholdNanos) {
        configure(newListener, newThresholdNanos, newThresholdNanos);
    }

    /** Installs the listener and the per-kind thresholds; the core calls this at start-up and on reload. */
    public static void configure(SlowCallListener newListener, long methodThreshold, long jdbcThreshold) {
        listener = newListener;
        methodThresholdNanos = newListener == null ? Long.MAX_VALUE : methodThreshold;
        jdbcThresholdNanos = newListener == null ? Long.MAX_VALUE : jdbcThreshold;
    }

    /** Implemented by the core. Called on the application thread that made the slow call. */
    public interface SlowCallListener {
        void onSlowCall(int keyId, long latencyNanos);
    }
}
