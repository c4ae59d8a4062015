package io.perfagent.core.jdbc;

import io.perfagent.core.registry.KeyRegistry;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JdbcKeyResolverTest {

    private final KeyRegistry registry = new KeyRegistry(50);
    private final JdbcKeyResolver resolver = new JdbcKeyResolver(registry, new JdbcSettings(true, 2048));

    @Test
    void statementsDifferingOnlyInLiteralsShareOneId() {
        int first = resolver.sqlId("SELECT name FROM t WHERE id = 1");
        assertEquals(first, resolver.sqlId("SELECT name FROM t WHERE id = 2"));
        assertEquals(first, resolver.sqlId("SELECT name FROM t WHERE id = 1"));
        assertNotEquals(first, resolver.sqlId("SELECT other FROM t WHERE id = 1"));
    }

    @Test
    void pastKeysMaxNewStatementsShareTheOverflowKeyAndAreCounted() {
        for (int i = 0; i < 200; i++) {
            resolver.sqlId("SELECT c" + i + " FROM t");
        }
        assertEquals("<other sql>", registry.info(resolver.sqlId("SELECT c199 FROM t")).key());
        assertTrue(registry.keysDropped() >= 150, "dropped " + registry.keysDropped());
        assertTrue(registry.size() <= 51);
    }

    @Test
    void theRawStatementCacheIsBounded() {
        for (int i = 0; i < 10_000; i++) {
            resolver.sqlId("SELECT " + i);
        }
        assertTrue(resolver.cachedStatements() <= 4096, "cached " + resolver.cachedStatements());
    }

    @Test
    void aBatchIsKeyedByItsDistinctStatementsJoined() {
        Object batch = resolver.addBatchSql(null, "INSERT INTO a VALUES (1)");
        batch = resolver.addBatchSql(batch, "INSERT INTO a VALUES (2)");
        batch = resolver.addBatchSql(batch, "DELETE FROM a WHERE id = 3");
        var info = registry.info(resolver.batchId(batch));
        assertEquals("INSERT INTO a VALUES (?); DELETE FROM a WHERE id = ?", info.key());
        assertEquals("OTHER", info.attributes().get("operation"));
        assertEquals("a", info.attributes().get("table"));
    }

    @Test
    void anEmptyPlainBatchHasAKeyOfItsOwnRegisteredOnlyWhenSeen() {
        int before = registry.size();
        int empty = resolver.batchId(null);
        assertEquals("<empty batch>", registry.info(empty).key());
        assertEquals(before + 1, registry.size(), "registered on first use");
        assertEquals(empty, resolver.batchId(null));
        assertNotEquals(resolver.unknownSqlId(), empty);
    }

    @Test
    void nullSqlAndForeignBatchStateGiveTheUnknownKey() {
        assertEquals(resolver.unknownSqlId(), resolver.sqlId(null));
        assertEquals(resolver.unknownSqlId(), resolver.batchId("not a batch"));
        assertEquals("<unknown sql>", registry.info(resolver.unknownSqlId()).key());
    }

    @Test
    void poolKeysNameTheDataSourceAndItsPool() {
        assertEquals("io.perfagent.core.jdbc.JdbcKeyResolverTest$NamedPool (orders)",
                registry.info(resolver.poolId(new NamedPool())).key());
        assertEquals("pool", registry.info(resolver.poolId(new Object())).kind());
        assertEquals("java.lang.Object", registry.info(resolver.poolId(new Object())).key());
    }

    /** Shaped like a pool's data source: public, with getPoolName(). */
    public static final class NamedPool {
        public String getPoolName() {
            return " orders ";
        }
    }
}
