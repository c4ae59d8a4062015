package io.perfagent.agent.cli;

import io.perfagent.agent.attach.AttachFailure;
import io.perfagent.agent.attach.JvmConnection;
import io.perfagent.agent.attach.StatusProperties;

import java.io.PrintStream;
import java.util.List;
import java.util.Properties;

/**
 * {@code list}: the local JVMs of this user, with whether perfagent runs in each ({@code javaagent}, {@code attach},
 * {@code starting} while a background start is under way, or {@code -}); learnt from each JVM's
 * {@code perfagent.status.*} system properties over the attach API. A JVM that cannot be asked (attach disabled,
 * another user, just exiting) shows {@code ?} and why.
 */
final class ListCommand implements Command {

    private static final String ROW = "%-8s %-10s %s%n";

    @Override
    public String name() {
        return "list";
    }

    @Override
    public String usage() {
        return """
                list
                    show the local JVMs (pid, perfagent: javaagent/attach/starting/-, main class)""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            err.println("perfagent list: takes no arguments");
            return ExitCodes.USAGE;
        }
        List<JvmConnection.Listed> jvms;
        try {
            jvms = JvmConnection.list();
        } catch (AttachFailure e) {
            err.println("perfagent list: " + e.getMessage());
            return ExitCodes.ATTACH_FAILED;
        }
        String self = Long.toString(ProcessHandle.current().pid());
        out.printf(ROW, "PID", "PERFAGENT", "MAIN");
        for (JvmConnection.Listed jvm : jvms) {
            if (!jvm.pid().equals(self)) {
                out.printf(ROW, jvm.pid(), state(jvm.pid()), mainOf(jvm.displayName()));
            }
        }
        return ExitCodes.OK;
    }

    private static String state(String pid) {
        try (JvmConnection jvm = JvmConnection.open(pid)) {
            Properties properties = jvm.systemProperties();
            if (StatusProperties.isActive(properties)) {
                return properties.getProperty(StatusProperties.MODE, "yes");
            }
            return StatusProperties.isStarting(properties) ? "starting" : "-";
        } catch (AttachFailure e) {
            return "?";
        }
    }

    /** The main class or jar: the first word of what the JVM was started with. */
    static String mainOf(String displayName) {
        String trimmed = displayName == null ? "" : displayName.trim();
        return trimmed.isEmpty() ? "(unknown)" : trimmed.split("\\s+", 2)[0];
    }
}
