package io.perfagent.agent.cli;

import io.perfagent.core.view.Diff;
import io.perfagent.core.view.RowQuery;
import io.perfagent.core.view.RowSort;
import io.perfagent.core.view.Window;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The parsed options of {@code report}. {@link #parse} never throws: it returns the options or one message naming
 * the bad argument.
 *
 * @param diff baseline to compare with, or {@code null}
 * @param html file to write the HTML report to, or {@code null}
 */
record ReportOptions(List<Path> inputs, RowQuery query, Window window, Path diff, double thresholdPct, Path html,
                     boolean json) {

    static final Set<String> KINDS = Set.of("method", "sql", "pool");

    /** Either {@code options} or {@code error} is set. */
    record Parsed(ReportOptions options, String error) {
    }

    static Parsed parse(List<String> args) {
        Builder b = new Builder();
        try {
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (!arg.startsWith("--")) {
                    b.inputs.add(Path.of(arg));
                    continue;
                }
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg : arg.substring(0, eq);
                if (name.equals("--json")) {
                    b.json = true;
                    continue;
                }
                String value;
                if (eq >= 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    return error(name + " needs a value");
                }
                b.set(name, value);
            }
        } catch (BadValue e) {
            return error(e.getMessage());
        }
        if (b.inputs.isEmpty()) {
            return error("no report directory or file given");
        }
        if (b.thresholdGiven && b.diff == null) {
            return error("--threshold applies to --diff only: give --diff BASELINE too");
        }
        if (b.since != null && b.until != null && !b.since.isBefore(b.until)) {
            return error("--since " + b.since + " is not before --until " + b.until);
        }
        return new Parsed(new ReportOptions(List.copyOf(b.inputs), new RowQuery(b.kind, b.sort, b.top),
                new Window(b.since, b.until), b.diff, b.threshold, b.html, b.json), null);
    }

    private static Parsed error(String message) {
        return new Parsed(null, message);
    }

    private static final class BadValue extends Exception {
        BadValue(String message) {
            super(message, null, false, false);
        }
    }

    private static final class Builder {
        final List<Path> inputs = new ArrayList<>();
        int top = RowQuery.DEFAULT.top();
        RowSort sort = RowQuery.DEFAULT.sort();
        String kind;
        Instant since;
        Instant until;
        Path diff;
        double threshold = Diff.DEFAULT_THRESHOLD_PCT;
        boolean thresholdGiven;
        Path html;
        boolean json;

        void set(String name, String value) throws BadValue {
            switch (name) {
                case "--top" -> top = positiveInt(name, value);
                case "--sort" -> sort = RowSort.parse(value).orElseThrow(
                        () -> new BadValue("--sort " + value + ": expected one of " + RowSort.choices()));
                case "--kind" -> {
                    if (!KINDS.contains(value)) {
                        throw new BadValue("--kind " + value + ": expected method, sql or pool");
                    }
                    kind = value;
                }
                case "--since" -> since = instant(name, value);
                case "--until" -> until = instant(name, value);
                case "--diff" -> diff = Path.of(value);
                case "--threshold" -> {
                    threshold = percent(name, value);
                    thresholdGiven = true;
                }
                case "--html" -> html = Path.of(value);
                default -> throw new BadValue("unknown option " + name);
            }
        }

        private static int positiveInt(String name, String value) throws BadValue {
            try {
                int n = Integer.parseInt(value);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // falls through to the message below
            }
            throw new BadValue(name + " " + value + ": expected a whole number above 0");
        }

        private static double percent(String name, String value) throws BadValue {
            try {
                double d = Double.parseDouble(value.endsWith("%") ? value.substring(0, value.length() - 1) : value);
                if (d >= 0 && Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException ignored) {
                // falls through to the message below
            }
            throw new BadValue(name + " " + value + ": expected a percentage such as 10");
        }

        /** Accepts {@code 2026-11-27T10:00:00Z} and offsets such as {@code 2026-11-27T11:00:00+01:00}. */
        private static Instant instant(String name, String value) throws BadValue {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                throw new BadValue(name + " " + value + ": expected an ISO time such as 2026-11-27T10:00:00Z");
            }
        }
    }
}
