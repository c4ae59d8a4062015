package io.perfagent.bootstrap;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of errors the agent swallowed so the application never sees them: exceptions thrown inside advice and
 * classes that could not be transformed. Reported as {@code agent.advice_errors} and {@code agent.transform_errors}.
 * Incremented on the (rare) error path of any thread; LongAdder keeps even a burst of errors contention-free.
 */
public final class AgentErrors {

    private static final LongAdder ADVICE_ERRORS = new LongAdder();
    private static final LongAdder TRANSFORM_ERRORS = new LongAdder();

    private AgentErrors() {
    }

    /** Called when a probe fails inside the application's call: the bridge's own catch, or the handler around JDBC advice. */
    public static void adviceError(Throwable ignored) {
        ADVICE_ERRORS.increment();
    }

    public static void transformError() {
        TRANSFORM_ERRORS.increment();
    }

    public static long adviceErrors() {
        return ADVICE_ERRORS.sum();
    }

    public static long transformErrors() {
        return TRANSFORM_ERRORS.sum();
    }
}
