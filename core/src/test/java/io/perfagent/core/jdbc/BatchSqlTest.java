package io.perfagent.core.jdbc;

import io.perfagent.core.sql.SanitizedSql;
import io.perfagent.core.sql.SqlOperation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchSqlTest {

    private static SanitizedSql insert(String table) {
        return new SanitizedSql("INSERT INTO " + table + " VALUES (?)", SqlOperation.INSERT, table);
    }

    @Test
    void keepsDistinctStatementsInFirstSeenOrder() {
        BatchSql batch = new BatchSql();
        batch.add(insert("b"), 100);
        batch.add(insert("a"), 100);
        batch.add(insert("b"), 100);
        assertEquals("INSERT INTO b VALUES (?); INSERT INTO a VALUES (?)", batch.key(100));
        assertEquals(SqlOperation.INSERT, batch.operation());
        assertNull(batch.table(), "two tables: none is named");
    }

    @Test
    void staysBoundedAndShowsItWasCut() {
        BatchSql batch = new BatchSql();
        for (int i = 0; i < 100; i++) {
            batch.add(insert("t" + i), 10_000);
        }
        String key = batch.key(10_000);
        assertEquals(BatchSql.MAX_DISTINCT + 1, key.split("; ").length, key);
        assertTrue(key.endsWith("\u2026"), key);
        assertTrue(batch.key(40).length() <= 40);
    }

    @Test
    void oneStatementKeepsItsOperationAndTable() {
        BatchSql batch = new BatchSql();
        batch.add(insert("t"), 100);
        assertEquals("INSERT INTO t VALUES (?)", batch.key(100));
        assertEquals("t", batch.table());
    }
}
