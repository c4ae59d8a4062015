package io.perfagent.core.config;

import java.util.Optional;

/**
 * Words the one-line warnings configuration loading produces, so that they all read alike:
 * {@code perfagent: flush.interval="ten" is not a duration (e.g. 10s); using 10s}. Values are quoted with control
 * characters escaped and long values shortened, so a warning is always exactly one line. Stateless; thread-safe.
 */
final class Warnings {

    private static final int MAX_SHOWN = 120;

    private Warnings() {
    }

    /** A value that did not parse or broke its limit, replaced by the key's default. */
    static String usingDefault(String key, String raw, String problem, String defaultValue) {
        return "perfagent: " + key + "=" + quote(raw) + " " + problem + "; using "
                + (defaultValue.isEmpty() ? "\"\"" : defaultValue);
    }

    /** A value of a prefix key's entry that did not parse; such an entry has no default, so it is dropped. */
    static String ignored(String key, String raw, String problem) {
        return "perfagent: " + key + "=" + quote(raw) + " " + problem + "; ignored";
    }

    static String outOfRange(String reason) {
        return "is out of range (" + reason + ")";
    }

    static String unknownKey(String written, String from, Optional<String> suggestion) {
        return "perfagent: unknown key " + quote(written) + " (from " + from + ")"
                + suggestion.map(s -> "; did you mean " + quote(s) + "?").orElse(";") + " ignored";
    }

    static String notKeyValue(String segment) {
        return "perfagent: agent argument " + quote(segment) + " is not key=value; ignored";
    }

    static String unreadableFile(String named, String why) {
        return "perfagent: config=" + quote(named) + " cannot be read (" + why + "); using defaults";
    }

    static String keyIgnoredInFile(String file) {
        return "perfagent: config=... in " + file + " is ignored (a properties file cannot name another file)";
    }

    /** Double-quotes {@code raw}, escaping quotes and control characters (backslashes stay, so Windows paths read naturally). */
    static String quote(String raw) {
        String s = raw.length() > MAX_SHOWN ? raw.substring(0, MAX_SHOWN) + "..." : raw;
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : c);
            }
        }
        return out.append('"').toString();
    }
}
