package io.perfagent.bootstrap;

/**
 * What the JVM runs for perfagent at exit when the agent could register it after the application's shutdown hooks
 * (a JDK system shutdown hook; see the agent's {@code LastExitHook}): the running agent's final flush. The JVM keeps
 * a registered hook until it exits and offers no way to remove one, so the registered object is this bridge class,
 * loaded once for the JVM's life, and the action it runs is swapped: set at each start, cleared at a detach, so a
 * detached agent's class loader is not held. Thread-safe.
 */
public final class AgentExit implements Runnable {

    private static final AgentExit INSTANCE = new AgentExit();
    private static volatile Runnable action;
    private static boolean registered;

    private AgentExit() {
    }

    /** The one object to hand the JVM, once ({@link #markRegistered}). */
    public static Runnable hook() {
        return INSTANCE;
    }

    /** Whether the hook is registered with this JVM already (by this or an earlier start of the agent). */
    public static synchronized boolean isRegistered() {
        return registered;
    }

    public static synchronized void markRegistered() {
        registered = true;
    }

    /** What to run at exit; {@code null} runs nothing (after a detach). */
    public static void setAction(Runnable atExit) {
        action = atExit;
    }

    @Override
    public void run() {
        Runnable current = action;
        if (current != null) {
            current.run();
        }
    }
}
