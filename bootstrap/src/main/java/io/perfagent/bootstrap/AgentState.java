package io.perfagent.bootstrap;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * JVM-wide "is perfagent already running" flag. It lives on the bootstrap class path, so a second
 * {@code -javaagent:perfagent.jar}, or an attach onto a JVM that already runs the agent, sees the first one's claim
 * whatever class loader it was started from. It also holds the running agent's detach action: each attach loads the
 * agent's internals in a fresh class loader, so a later {@code detach} reaches the running agent only through here.
 * Thread-safe.
 */
public final class AgentState {

    private static final AtomicBoolean ACTIVE = new AtomicBoolean();
    private static volatile Runnable detacher;

    private AgentState() {
    }

    /** True for the first caller only; later starts must do nothing. */
    public static boolean claim() {
        return ACTIVE.compareAndSet(false, true);
    }

    /** After a detach, a later attach may start the agent again. */
    public static void release() {
        detacher = null;
        ACTIVE.set(false);
    }

    /** Set by the running agent once it has started: how to stop it and remove its instrumentation. */
    public static void onDetach(Runnable action) {
        detacher = action;
    }

    /** Runs the running agent's detach action on the calling thread; false when no running agent can be detached. */
    public static boolean detach() {
        Runnable action = detacher;
        if (action == null) {
            return false;
        }
        action.run();
        return true;
    }

    public static boolean isActive() {
        return ACTIVE.get();
    }
}
