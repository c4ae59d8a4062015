package io.perfagent.core.runtime;

/**
 * Creates the agent's threads the way an agent must: daemon (never keeps the JVM alive), named
 * {@code perfagent-<role>}, and with a null context class loader (never pins an application class loader).
 */
public final class AgentThreads {

    private AgentThreads() {
    }

    public static Thread newThread(String role, Runnable body) {
        Thread thread = new Thread(body, "perfagent-" + role);
        thread.setDaemon(true);
        thread.setContextClassLoader(null);
        return thread;
    }
}
