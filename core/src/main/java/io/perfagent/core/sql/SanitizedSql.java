package io.perfagent.core.sql;

/**
 * The result of sanitizing one raw JDBC statement: a report key safe to write anywhere (literal values replaced by
 * {@code ?}), the statement's operation and its first table. Immutable; safe to share between threads.
 *
 * @param key       the sanitized statement, never null, at most the sanitizer's max length
 * @param operation never null; {@link SqlOperation#OTHER} when not recognised
 * @param table     the first table after FROM / INTO / UPDATE / MERGE INTO / CALL as written (schema-qualified,
 *                  quotes kept), or null when it is not simple to find
 */
public record SanitizedSql(String key, SqlOperation operation, String table) {
}
