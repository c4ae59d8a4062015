package io.perfagent.core.alert;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The left-hand side of an {@code alert.p99.<pattern>} override. A pattern with whitespace, or a lone SQL verb,
 * is an SQL prefix and matches {@code sql} keys that start with it (case and runs of whitespace ignored), so
 * {@code SELECT * FROM orders} matches {@code SELECT * FROM orders WHERE id = ?} and its {@code *} is literal.
 * Anything else is a glob over method keys where {@code *} matches any run of characters: {@code com.x.Svc#find*},
 * {@code com.x.*}. Immutable.
 */
final class KeyPattern {

    private static final Set<String> SQL_VERBS = Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "WITH",
            "CALL", "CREATE", "ALTER", "DROP", "TRUNCATE", "UPSERT", "REPLACE");

    private final String text;
    private final boolean sql;
    private final Pattern glob;

    private KeyPattern(String text, boolean sql, Pattern glob) {
        this.text = text;
        this.sql = sql;
        this.glob = glob;
    }

    static KeyPattern parse(String text) {
        String trimmed = text.trim();
        boolean sql = trimmed.chars().anyMatch(Character::isWhitespace)
                || SQL_VERBS.contains(trimmed.toUpperCase(Locale.ROOT));
        return sql ? new KeyPattern(normalizeSql(trimmed), true, null)
                : new KeyPattern(trimmed, false, globToRegex(trimmed));
    }

    boolean matches(String key, String kind) {
        boolean sqlKey = "sql".equalsIgnoreCase(kind);
        if (sql) {
            return sqlKey && normalizeSql(key).startsWith(text);
        }
        return !sqlKey && glob.matcher(key).matches();
    }

    /** Longer patterns are more specific; the longest matching override wins. */
    int specificity() {
        return text.length();
    }

    String text() {
        return text;
    }

    private static String normalizeSql(String s) {
        return s.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    private static Pattern globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (String part : glob.split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
