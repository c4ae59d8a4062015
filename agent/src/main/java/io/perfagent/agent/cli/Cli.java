package io.perfagent.agent.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point of {@code java -jar perfagent.jar <command>}: picks the sub-command by name and returns its exit
 * code. New sub-commands (merge, attach, list, detach) are one class each, added to {@link #commands()}.
 */
public final class Cli {

    private Cli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command line; never throws. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, Command> commands = commands();
        if (args.length == 0 || isHelp(args[0])) {
            out.print(usage(commands));
            return ExitCodes.OK;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("perfagent: unknown command '" + args[0] + "'");
            err.print(usage(commands));
            return ExitCodes.USAGE;
        }
        try {
            return command.run(Arrays.asList(args).subList(1, args.length), out, err);
        } catch (RuntimeException e) {
            err.println("perfagent " + command.name() + ": internal error (" + e + "); please report it");
            return ExitCodes.INTERNAL;
        }
    }

    static Map<String, Command> commands() {
        Map<String, Command> commands = new LinkedHashMap<>();
        for (Command c : List.<Command>of(new ReportCommand(), new MergeCommand())) {
            commands.put(c.name(), c);
        }
        return commands;
    }

    private static boolean isHelp(String arg) {
        return arg.equals("help") || arg.equals("--help") || arg.equals("-h");
    }

    static String usage(Map<String, Command> commands) {
        StringBuilder u = new StringBuilder("usage: java -jar perfagent.jar <command> [options]\n\ncommands:\n");
        commands.values().forEach(c -> u.append("  ").append(c.usage().replace("\n", "\n  ")).append("\n\n"));
        u.append("  help\n      print this text\n");
        return u.toString();
    }
}
