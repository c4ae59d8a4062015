package io.perfagent.core.jdbc;

import io.perfagent.core.sql.SanitizedSql;
import io.perfagent.core.sql.SqlOperation;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The distinct statements a plain {@code Statement} collected with {@code addBatch(String)} since its last execution,
 * in first-seen order. Bounded: past {@link #MAX_DISTINCT} distinct statements, or once the joined text reaches the
 * key length cap, further distinct statements are only noted as cut. Belongs to one statement, which JDBC uses from
 * one thread at a time; not thread-safe.
 */
final class BatchSql {

    static final int MAX_DISTINCT = 16;
    static final String SEPARATOR = "; ";

    private final Set<String> keys = new LinkedHashSet<>();
    private int joinedLength;
    private boolean cut;
    private SqlOperation operation;
    private String table;
    private boolean mixedTables;

    void add(SanitizedSql sql, int maxLength) {
        if (keys.contains(sql.key())) {
            return;
        }
        if (keys.size() >= MAX_DISTINCT || joinedLength >= maxLength) {
            cut = true;
            return;
        }
        keys.add(sql.key());
        joinedLength += sql.key().length() + (keys.size() > 1 ? SEPARATOR.length() : 0);
        operation = operation == null || operation == sql.operation() ? sql.operation() : SqlOperation.OTHER;
        mixedTables |= keys.size() > 1 && !Objects.equals(table, sql.table());
        table = sql.table();
    }

    /** The report key: the distinct statements joined by {@code "; "}, cut to {@code maxLength}. */
    String key(int maxLength) {
        String joined = String.join(SEPARATOR, keys);
        return SqlKeyMaker.cap(cut ? joined + SEPARATOR + "\u2026" : joined, maxLength);
    }

    SqlOperation operation() {
        return operation == null ? SqlOperation.OTHER : operation;
    }

    /** The table when every statement names the same one, else null. */
    String table() {
        return mixedTables ? null : table;
    }
}
