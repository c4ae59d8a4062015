package io.perfagent.benchmarks.moo;

import io.perfagent.benchmarks.fork.ForkedJava;

/**
 * Proves that a tool really instrumented {@code monitoredMethod} in a short run, by what the tool itself reported: a
 * tool that silently does nothing would make its column in the table a lie.
 */
interface InstrumentationCheck {

    /**
     * @param outcome          the check run
     * @param instrumentedCalls calls of {@code monitoredMethod} the check run made (top-level calls × depth)
     * @return a one-line account such as "report counted 2000 of 2000 calls"
     * @throws IllegalStateException when the tool did not instrument the method
     */
    String verify(ForkedJava.Outcome outcome, long instrumentedCalls) throws Exception;
}
