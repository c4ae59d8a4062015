package io.perfagent.core.jdbc;

import io.perfagent.core.config.Config;

/**
 * The {@code jdbc.*} settings the key resolver needs: whether SQL is sanitized and how long a key may be. Immutable.
 *
 * @param sanitize     {@code jdbc.sanitize}: false keys statements by their raw text (still capped) — literals included
 * @param maxSqlLength {@code jdbc.max-sql-length}: cap on a key, ellipsis included
 */
public record JdbcSettings(boolean sanitize, int maxSqlLength) {

    public static JdbcSettings from(Config config) {
        return new JdbcSettings(config.bool("jdbc.sanitize"), config.integer("jdbc.max-sql-length"));
    }
}
