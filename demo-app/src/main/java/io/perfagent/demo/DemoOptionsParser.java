package io.perfagent.demo;

/** Reads the command line into {@link DemoOptions}; never throws, a problem comes back as a one-line message. */
public final class DemoOptionsParser {

    public static final String USAGE = "usage: java -jar demo-app.jar [--duration <seconds>] [--threads <n>]"
            + " [--requests <n>] [--leak] [--help]";

    // Beyond this the machine, not the demo, is what gets measured; also keeps the casts to int exact.
    static final int MAX_INT_VALUE = 100_000;

    /** Either options or an error message; {@code help} is set when usage was asked for. */
    public record Result(DemoOptions options, String error, boolean help) {
    }

    private DemoOptionsParser() {
    }

    public static Result parse(String... args) {
        int duration = DemoOptions.DEFAULTS.durationSeconds();
        int threads = DemoOptions.DEFAULTS.threads();
        long requests = DemoOptions.DEFAULTS.requests();
        boolean leak = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--leak")) {
                leak = true;
                continue;
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                return new Result(null, null, true);
            }
            if (!arg.equals("--duration") && !arg.equals("--threads") && !arg.equals("--requests")) {
                return error("unknown argument '" + arg + "'");
            }
            if (i + 1 >= args.length) {
                return error(arg + " needs a value");
            }
            long value = positive(args[++i]);
            if (value < 1) {
                return error(arg + " wants a whole number of at least 1, got '" + args[i] + "'");
            }
            if (!arg.equals("--requests") && value > MAX_INT_VALUE) {
                return error(arg + " wants at most " + MAX_INT_VALUE + ", got '" + args[i] + "'");
            }
            switch (arg) {
                case "--duration" -> duration = (int) value;
                case "--threads" -> threads = (int) value;
                default -> requests = value;
            }
        }
        return new Result(new DemoOptions(duration, threads, leak, requests), null, false);
    }

    private static long positive(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Result error(String message) {
        return new Result(null, message, false);
    }
}
