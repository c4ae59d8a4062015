package io.perfagent.it.safety;

import io.perfagent.it.ForkedJvm;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The safety suite's central promise, asserted the same way everywhere: with the agent (and whatever fault was
 * injected) the application exits with the same code, prints the same stdout and the same stderr as without it; the
 * agent may add only its own one-line {@code perfagent: } messages, never a stack trace.
 */
final class Behaviour {

    /** A line of a Java stack trace, or the header the JVM prints for an uncaught exception. */
    private static final Pattern TRACE = Pattern.compile("^\\s+at \\S+\\(.*\\)$|^Caused by: |^Exception in thread ");

    private Behaviour() {
    }

    static void assertUnchanged(ForkedJvm.Result plain, ForkedJvm.Result agent) {
        assertEquals(plain.exitCode(), agent.exitCode(), () -> "exit code changed\nplain: " + plain + "\nagent: " + agent);
        assertEquals(plain.stdout(), agent.stdout(), () -> "stdout changed\nagent: " + agent);
        // Any stack trace the agent printed would show up here as extra lines.
        assertEquals(plain.stderr().lines().toList(),
                agent.stderr().lines().filter(l -> !l.startsWith("perfagent: ")).toList(),
                () -> "stderr changed beyond perfagent's one-line messages\nagent: " + agent);
        assertOneLineMessagesOnly(agent);
    }

    /** Every perfagent line is a single line: nothing that looks like a stack trace follows it. */
    static void assertOneLineMessagesOnly(ForkedJvm.Result agent) {
        List<String> lines = agent.stderr().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("perfagent: ") && i + 1 < lines.size()) {
                String next = lines.get(i + 1);
                assertTrue(!TRACE.matcher(next).find(), "a stack trace follows a perfagent line: " + agent);
            }
        }
    }

    static List<String> agentLines(ForkedJvm.Result run) {
        return run.stderr().lines().filter(l -> l.startsWith("perfagent: ")).toList();
    }
}
