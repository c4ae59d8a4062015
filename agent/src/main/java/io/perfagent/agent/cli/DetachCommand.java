package io.perfagent.agent.cli;

import io.perfagent.agent.attach.AttachFailure;
import io.perfagent.agent.attach.Detacher;
import io.perfagent.agent.attach.JvmConnection;
import io.perfagent.agent.attach.StatusProperties;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * {@code detach <pid>}: removes perfagent's instrumentation from a running JVM (its classes get their original code
 * back), writes the final interval and summary, and stops the agent's threads. The JVM can be attached again later.
 * A JVM whose agent is still starting in the background ({@code startup.background=true}) is detached once the start
 * is over, waiting up to {@link #START_WAIT}.
 */
final class DetachCommand implements Command {

    static final Duration START_WAIT = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 100;

    @Override
    public String name() {
        return "detach";
    }

    @Override
    public String usage() {
        return """
                detach <pid>
                    remove perfagent from a running JVM after a final flush; it can be attached again later""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("perfagent detach: expected exactly one <pid>");
            return ExitCodes.USAGE;
        }
        String pid = args.get(0);
        String problem = LiveTarget.pidProblem(pid);
        if (problem != null) {
            err.println("perfagent detach: " + problem);
            return ExitCodes.USAGE;
        }
        try (JvmConnection jvm = JvmConnection.open(pid)) {
            Properties before = LiveTarget.status(jvm);
            if (StatusProperties.isStarting(before)) {
                err.println("perfagent detach: perfagent is still starting in " + pid
                        + " (startup.background=true); waiting for it, up to " + START_WAIT.toSeconds() + " s");
                before = awaitStarted(jvm);
                if (StatusProperties.isStarting(before)) {
                    err.println("perfagent detach: perfagent is still starting in " + pid + " after "
                            + START_WAIT.toSeconds() + " s; nothing changed, run detach again later");
                    return ExitCodes.UNCHANGED;
                }
            }
            if (!StatusProperties.isActive(before)) {
                err.println("perfagent detach: perfagent is not running in " + pid + "; nothing changed");
                return ExitCodes.UNCHANGED;
            }
            jvm.loadAgent(LiveTarget.agentJar(), Detacher.REQUEST);
            if (StatusProperties.isActive(LiveTarget.status(jvm))) {
                err.println("perfagent detach: perfagent is still running in " + pid + " (see that application's stderr)");
                return ExitCodes.ATTACH_FAILED;
            }
            out.println("perfagent detached from " + pid + "; final report " + before.getProperty(StatusProperties.REPORT));
            return ExitCodes.OK;
        } catch (AttachFailure e) {
            err.println("perfagent detach: " + e.getMessage());
            return ExitCodes.ATTACH_FAILED;
        }
    }

    /** The status once the background start has ended (started, failed, or still going after the wait). */
    private static Properties awaitStarted(JvmConnection jvm) throws AttachFailure {
        long deadline = System.nanoTime() + START_WAIT.toNanos();
        Properties status = LiveTarget.status(jvm);
        while (StatusProperties.isStarting(status) && System.nanoTime() - deadline < 0) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            status = LiveTarget.status(jvm);
        }
        return status;
    }
}
