package io.perfagent.core.config;

/**
 * One documented configuration key: its name ({@code area.name}, kebab-case), the type its value must parse as,
 * the default used when it is absent or malformed, and one line of documentation for the README.
 *
 * <p>A key whose name ends in {@code .*} is a prefix key: any {@code name.<suffix>} is accepted
 * (e.g. {@code alert.p99.*} for per-pattern overrides). Immutable; safe to share between threads.
 */
public record ConfigKey(String name, Type type, String defaultValue, String doc) {

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

        /** Human wording used in warnings: {@code flush.interval="ten" is not a duration (e.g. 10s)}. */
        public String expectation() {
            return expectation;
        }
    }

    public boolean isPrefix() {
        return name.endsWith(".*");
    }

    /** For a prefix key {@code alert.p99.*}: {@code alert.p99.}. */
    public String prefix() {
        return name.substring(0, name.length() - 1);
    }
}
