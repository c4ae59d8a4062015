package io.perfagent.bootstrap;

import jdk.jfr.internal.JVM;

/**
 * The JVM's tick counter read directly, for the agent's start-up check of it before {@link Clock} is initialized
 * (reflection would inflate an accessor class over the check's thousand readings). Needs {@code jdk.jfr.internal}
 * exported to this class's module, which the agent does first. Stateless.
 */
public final class TickCounter {

    private TickCounter() {
    }

    public static long read() {
        return JVM.counterTime();
    }
}
