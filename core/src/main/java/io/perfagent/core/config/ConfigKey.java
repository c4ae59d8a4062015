package io.perfagent.core.config;

import java.util.Objects;

/**
 * One documented configuration key: its name ({@code area.name}, kebab-case), the type its value must parse as,
 * the default used when it is absent or malformed, one line of documentation for the README, and an optional
 * {@link ValueLimit} that a well-formed value must also satisfy (e.g. {@code histogram.significant-digits} 1..5).
 *
 * <p>A key whose name ends in {@code .*} is a prefix key: any {@code name.<suffix>} is accepted
 * (e.g. {@code alert.p99.*} for per-pattern overrides). Immutable; safe to share between threads.
 */
public record ConfigKey(String name, Type type, String defaultValue, String doc, ValueLimit limit) {

    /** What a value must look like. Parsing rules live in {@link ValueParsers}. */
    public enum Type {
        BOOLEAN("true or false"),
        INT("a whole number"),
        DURATION("a duration (e.g. 500ms, 10s, 1m)"),
        SIZE("a size (e.g. 512KB, 16MB, 1GB)"),
        STRING("text"),
        LIST("a comma- or newline-separated list"),
        PERCENT("a percentage between 0 and 100");

        private final String expectation;

        Type(String expectation) {
            this.expectation = expectation;
        }

        /** Human wording of what a value of this type looks like, for documentation. */
        public String expectation() {
            return expectation;
        }
    }

    public ConfigKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        limit = limit == null ? ValueLimit.NONE : limit;
    }

    /** A key without a limit beyond its type; the form most keys use. */
    public ConfigKey(String name, Type type, String defaultValue, String doc) {
        this(name, type, defaultValue, doc, ValueLimit.NONE);
    }

    /** The same key, additionally constrained by {@code newLimit}. */
    public ConfigKey withLimit(ValueLimit newLimit) {
        return new ConfigKey(name, type, defaultValue, doc, newLimit);
    }

    public boolean isPrefix() {
        return name.endsWith(".*");
    }

    /** For a prefix key {@code alert.p99.*}: {@code alert.p99.}. */
    public String prefix() {
        return name.substring(0, name.length() - 1);
    }
}
