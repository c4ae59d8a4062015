package io.perfagent.agent.cli;

/** Exit codes of the CLI, documented in docs/cli.md so scripts and CI can rely on them. */
public final class ExitCodes {

    public static final int OK = 0;
    /** An unexpected failure inside perfagent (a bug): the message says so. */
    public static final int INTERNAL = 1;
    /** Bad usage: unknown command or option, bad value, missing directory or file. */
    public static final int USAGE = 2;
    /** {@code report --diff} found a key whose p50, p99 or alloc p99 grew beyond the threshold. */
    public static final int REGRESSION = 3;
    /** {@code attach}/{@code detach}/{@code list}: the target JVM could not be reached, or perfagent did not start/stop. */
    public static final int ATTACH_FAILED = 4;
    /** {@code attach} to a JVM already running perfagent, or {@code detach} from one not running it: nothing changed. */
    public static final int UNCHANGED = 5;

    private ExitCodes() {
    }
}
