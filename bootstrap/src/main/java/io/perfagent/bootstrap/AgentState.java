package io.perfagent.bootstrap;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * JVM-wide "is perfagent already running" flag. It lives on the bootstrap class path, so a second
 * {@code -javaagent:perfagent.jar}, or an attach onto a JVM that already runs the agent, sees the first one's claim
 * whatever class loader it was started from. Thread-safe.
 */
public final class AgentState {

    private static final AtomicBoolean ACTIVE = new AtomicBoolean();

    private AgentState() {
    }

    /** True for the first caller only; later starts must do nothing. */
    public static boolean claim() {
        return ACTIVE.compareAndSet(false, true);
    }

    /** After a detach, a later attach may start the agent again. */
    public static void release() {
        ACTIVE.set(false);
    }

    public static boolean isActive() {
        return ACTIVE.get();
    }
}
