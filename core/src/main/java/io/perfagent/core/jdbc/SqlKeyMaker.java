package io.perfagent.core.jdbc;

import io.perfagent.core.sql.SanitizedSql;
import io.perfagent.core.sql.SqlSanitizer;

/**
 * Turns a raw statement into what its report key shows: the sanitized text with its operation and table, or — with
 * {@code jdbc.sanitize=false} — the raw text cut to the same length. Stateless apart from its settings; thread-safe.
 */
final class SqlKeyMaker {

    private static final char ELLIPSIS = '\u2026';

    private final SqlSanitizer sanitizer;
    private final boolean sanitize;

    SqlKeyMaker(JdbcSettings settings) {
        this.sanitizer = new SqlSanitizer(settings.maxSqlLength());
        this.sanitize = settings.sanitize();
    }

    SanitizedSql make(String rawSql) {
        SanitizedSql sanitized = sanitizer.sanitize(rawSql);
        if (sanitize || rawSql == null) {
            return sanitized;
        }
        return new SanitizedSql(cap(rawSql.strip(), sanitizer.maxLength()), sanitized.operation(), sanitized.table());
    }

    int maxLength() {
        return sanitizer.maxLength();
    }

    static String cap(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int keep = maxLength - 1;
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + ELLIPSIS;
    }
}
