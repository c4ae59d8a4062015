package io.perfagent.agent.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One sub-command of {@code java -jar perfagent.jar <command> ...}. Each lives in its own class and is registered in
 * {@link Cli#commands()}; it prints results to {@code out}, messages to {@code err}, and returns an exit code from
 * {@link ExitCodes}. A command never lets an exception reach the user.
 */
public interface Command {

    /** The word typed after the jar, e.g. {@code report}. */
    String name();

    /** Usage text: the synopsis on the first line, option lines after it. */
    String usage();

    /** {@code args} excludes the command name itself. */
    int run(List<String> args, PrintStream out, PrintStream err);
}
