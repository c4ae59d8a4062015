package io.perfagent.agent.attach;

/** A failure to reach or load into another JVM, with a one-line message fit for the user. */
public final class AttachFailure extends Exception {

    public AttachFailure(String message) {
        super(message, null, false, false);
    }
}
