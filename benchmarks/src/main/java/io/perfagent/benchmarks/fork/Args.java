package io.perfagent.benchmarks.fork;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code --name value} command-line options of the benchmark runners; a missing option falls back to its default.
 * Not thread-safe; used once in a main method.
 */
public final class Args {

    private final Map<String, String> values = new HashMap<>();

    public Args(String[] args) {
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got '" + args[i] + "'");
            }
            values.put(args[i].substring(2), args[i + 1]);
        }
    }

    public String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public int integer(String name, int fallback) {
        return Integer.parseInt(get(name, Integer.toString(fallback)));
    }

    public long longValue(String name, long fallback) {
        return Long.parseLong(get(name, Long.toString(fallback)));
    }

    public Path path(String name, String fallback) {
        return Path.of(get(name, fallback));
    }
}
