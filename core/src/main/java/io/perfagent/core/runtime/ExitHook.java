package io.perfagent.core.runtime;

/**
 * How the runtime's final flush (last interval and summary) runs when the JVM exits. The agent prefers a hook that
 * runs after every application shutdown hook, so calls the application makes while shutting down (a request finishing
 * during a graceful shutdown, a framework's closing statements) are in the summary; {@link #shutdownHook()} is the
 * portable one. Used by one thread at a time (start, detach).
 */
public interface ExitHook {

    /** Arranges for {@code atExit} to run once when the JVM exits. */
    void install(Runnable atExit);

    /** Withdraws the action (a detach); harmless when the JVM is exiting already. */
    void remove();

    /** An ordinary shutdown hook thread: it runs beside the application's own hooks, in no set order. */
    static ExitHook shutdownHook() {
        return new ShutdownHookExit();
    }
}
