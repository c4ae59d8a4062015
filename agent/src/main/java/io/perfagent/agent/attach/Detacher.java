package io.perfagent.agent.attach;

import io.perfagent.bootstrap.AgentState;
import io.perfagent.core.log.AgentLog;

/**
 * Handles {@code perfagent detach <pid>}, which arrives as an agentmain whose argument is {@code detach}. That
 * agentmain runs in a fresh class loader, so it reaches the running agent through the JVM-wide slot in
 * {@link AgentState}. Runs on the JVM's attach listener thread.
 */
public final class Detacher {

    public static final String REQUEST = "detach";

    private Detacher() {
    }

    public static boolean isRequest(String agentArgs) {
        return agentArgs != null && agentArgs.trim().equals(REQUEST);
    }

    public static void detach() {
        if (!AgentState.detach()) {
            AgentLog.warn("detach: perfagent is not running in this JVM; nothing changed");
        }
    }
}
