package io.perfagent.benchmarks;

import java.lang.instrument.Instrumentation;

/**
 * The control agent: {@code -javaagent:benchmarks.jar} runs this premain, which does nothing. Whatever a JVM pays for
 * merely having a java agent (the JPLIS JVMTI environment, the instrument module) shows up against it, so perfagent's
 * own cost can be read as "perfagent minus empty agent".
 */
public final class EmptyAgent {

    private EmptyAgent() {
    }

    public static void premain(String args, Instrumentation instrumentation) {
        // deliberately empty
    }
}
