package io.perfagent.it.sinks;

import io.perfagent.it.ForkedJvm;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the sink test applications print. */
final class Runs {

    static final String WORK = "-Dperfagent.methods.include=sample.sinks.SinkWork#*";

    private Runs() {
    }

    static long calls(ForkedJvm.Result run) {
        return number(run, "calls=(\\d+)");
    }

    static long maxStallMillis(ForkedJvm.Result run) {
        return number(run, "max-stall-ms=(\\d+)");
    }

    static long finishedAtMillis(ForkedJvm.Result run) {
        return number(run, "finished-at-ms=(\\d+)");
    }

    private static long number(ForkedJvm.Result run, String regex) {
        Matcher m = Pattern.compile(regex).matcher(run.stdout());
        if (!m.find()) {
            throw new AssertionError("no " + regex + " in the output of " + run);
        }
        return Long.parseLong(m.group(1));
    }
}
