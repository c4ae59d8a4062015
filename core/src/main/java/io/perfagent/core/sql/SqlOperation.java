package io.perfagent.core.sql;

/**
 * The kind of statement a sanitized SQL key belongs to, taken from its first keyword (see {@link SqlSanitizer}).
 * Immutable; safe to share between threads.
 */
public enum SqlOperation {
    SELECT, INSERT, UPDATE, DELETE, CALL, MERGE,
    /** Anything else: DDL, SET, EXPLAIN, vendor commands, empty or unreadable statements. */
    OTHER
}
