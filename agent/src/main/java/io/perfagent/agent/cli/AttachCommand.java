package io.perfagent.agent.cli;

import io.perfagent.agent.attach.AttachFailure;
import io.perfagent.agent.attach.JvmConnection;
import io.perfagent.agent.attach.StatusProperties;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * {@code attach <pid> [--config FILE] [key=value ...]}: loads perfagent into a running JVM of the same user. Its
 * already loaded classes that match the patterns are woven by retransformation, and it reports as if started with
 * {@code -javaagent}. A JVM that already runs perfagent is left unchanged (exit {@link ExitCodes#UNCHANGED}).
 */
final class AttachCommand implements Command {

    @Override
    public String name() {
        return "attach";
    }

    @Override
    public String usage() {
        return """
                attach <pid> [--config FILE] [key=value ...]
                    load perfagent into a running JVM; FILE and the key=value settings are its configuration
                    (relative report.dir and file names resolve in the target's working directory)""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        AttachRequest request = AttachRequest.parse(args);
        if (request.problem() != null) {
            err.println("perfagent attach: " + request.problem());
            return ExitCodes.USAGE;
        }
        try (JvmConnection jvm = JvmConnection.open(request.pid())) {
            Properties before = LiveTarget.status(jvm);
            if (StatusProperties.isActive(before)) {
                err.println("perfagent attach: perfagent is already running in " + request.pid() + " ("
                        + LiveTarget.describe(before) + "); nothing changed");
                return ExitCodes.UNCHANGED;
            }
            if (StatusProperties.isStarting(before)) {
                err.println("perfagent attach: perfagent is already starting in " + request.pid()
                        + " (startup.background=true); nothing changed");
                return ExitCodes.UNCHANGED;
            }
            jvm.loadAgent(LiveTarget.agentJar(), request.agentArgs());
            Properties after = LiveTarget.status(jvm);
            if (!StatusProperties.isActive(after)) {
                err.println("perfagent attach: perfagent did not start in " + request.pid()
                        + " (enabled=false, or see that application's stderr)");
                return ExitCodes.ATTACH_FAILED;
            }
            out.println("perfagent attached to " + request.pid() + "; report " + after.getProperty(StatusProperties.REPORT));
            return ExitCodes.OK;
        } catch (AttachFailure e) {
            err.println("perfagent attach: " + e.getMessage());
            return ExitCodes.ATTACH_FAILED;
        }
    }

    /** The parsed command line: the target pid and the agent argument to hand over, or the problem with it. */
    record AttachRequest(String pid, String agentArgs, String problem) {

        static AttachRequest parse(List<String> args) {
            if (args.isEmpty()) {
                return failed("missing <pid>");
            }
            String pid = args.get(0);
            String pidProblem = LiveTarget.pidProblem(pid);
            if (pidProblem != null) {
                return failed(pidProblem);
            }
            List<String> settings = new ArrayList<>();
            for (int i = 1; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.equals("--config")) {
                    if (i + 1 >= args.size()) {
                        return failed("--config needs a file");
                    }
                    String file = args.get(++i);
                    String fileProblem = fileProblem(file);
                    if (fileProblem != null) {
                        return failed("--config " + file + ": " + fileProblem);
                    }
                    settings.add(0, "config=" + Path.of(file).toAbsolutePath().normalize());
                } else if (arg.indexOf('=') > 0 && !arg.startsWith("-")) {
                    settings.add(arg);
                } else {
                    return failed("unexpected argument '" + arg + "' (expected --config FILE or key=value)");
                }
            }
            return new AttachRequest(pid, String.join(",", settings), null);
        }

        private static String fileProblem(String file) {
            try {
                Path path = Path.of(file);
                return Files.isRegularFile(path) && Files.isReadable(path) ? null : "no such readable file";
            } catch (InvalidPathException e) {
                return "not a valid path";
            }
        }

        private static AttachRequest failed(String problem) {
            return new AttachRequest(null, null, problem);
        }
    }
}
