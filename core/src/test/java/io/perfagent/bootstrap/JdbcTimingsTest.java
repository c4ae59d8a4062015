package io.perfagent.bootstrap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The exactly-once rule and key resolution of the JDBC entry points, with a fake resolver. */
class JdbcTimingsTest {

    private final FakeKeys keys = new FakeKeys();
    private final List<long[]> samples = new ArrayList<>();

    @BeforeEach
    void install() {
        Recorders.stopCountingHotKeys();
        drain();
        samples.clear();
        JdbcTimings.install(keys);
        Recorders.current().jdbcDepth = 0;
    }

    @AfterEach
    void uninstall() {
        JdbcTimings.install(null);
    }

    @Test
    void nestedExecutionsOfWrappersCountOnceUnderTheOutermostId() {
        Object outer = new Object();
        Object inner = new Object();
        JdbcTimings.prepared(outer, "SELECT 1");
        JdbcTimings.prepared(inner, "SELECT 1");
        long outerStart = enter();
        long innerStart = enter();
        JdbcTimings.exitStatement(inner, recorder(), innerStart, false);
        JdbcTimings.exitStatement(outer, recorder(), outerStart, false);
        drain();
        assertEquals(1, samples.size());
        assertEquals(keys.sqlId("SELECT 1"), Samples.keyId(samples.get(0)[0]));
        assertEquals(-1, samples.get(0)[1], "not a batch");
        assertEquals(0, Recorders.current().jdbcDepth);
    }

    @Test
    void anOuterWrapperThatNeverSawTheSqlUsesTheInnerStatementsId() {
        Object outer = new Object();
        Object inner = new Object();
        JdbcTimings.prepared(inner, "SELECT 2");
        long outerStart = enter();
        JdbcTimings.exitStatement(inner, recorder(), enter(), false);
        JdbcTimings.exitStatement(outer, recorder(), outerStart, true);
        drain();
        assertEquals(1, samples.size());
        assertEquals(keys.sqlId("SELECT 2"), Samples.keyId(samples.get(0)[0]));
        assertTrue(Samples.isError(samples.get(0)[0]));
    }

    @Test
    void aStatementNobodyPreparedGetsTheUnknownKey() {
        JdbcTimings.exitStatement(new Object(), recorder(), enter(), false);
        drain();
        assertEquals(FakeKeys.UNKNOWN, Samples.keyId(samples.get(0)[0]));
    }

    @Test
    void plainStatementsAreKeyedByTheirSqlAtTheOutermostCallOnly() {
        long outer = enter();
        JdbcTimings.exitSql("SELECT inner", recorder(), enter(), false);
        JdbcTimings.exitSql("SELECT outer", recorder(), outer, false);
        drain();
        assertEquals(1, samples.size());
        assertEquals(keys.sqlId("SELECT outer"), Samples.keyId(samples.get(0)[0]));
        assertFalse(keys.resolved.contains("SELECT inner"), "nested calls never resolve their SQL");
    }

    @Test
    void batchesRecordTheirSizeAndTheirCollectedSqlThenStartEmpty() {
        Object statement = new Object();
        JdbcTimings.addBatch(statement, "INSERT a");
        JdbcTimings.addBatch(statement, "INSERT b");
        JdbcTimings.exitBatch(statement, new int[7], recorder(), enter(), false);
        JdbcTimings.exitBatch(statement, new long[3], recorder(), enter(), false);
        drain();
        assertEquals(2, samples.size());
        assertEquals(keys.sqlId("INSERT a+INSERT b"), Samples.keyId(samples.get(0)[0]));
        assertEquals(7, samples.get(0)[1]);
        assertEquals(FakeKeys.UNKNOWN, Samples.keyId(samples.get(1)[0]), "the batch was emptied by executing it");
        assertEquals(3, samples.get(1)[1]);
    }

    @Test
    void aFailedBatchHasNoSize() {
        Object statement = new Object();
        JdbcTimings.prepared(statement, "INSERT c");
        JdbcTimings.exitBatch(statement, null, recorder(), enter(), true);
        drain();
        assertEquals(-1, samples.get(0)[1]);
        assertTrue(Samples.isError(samples.get(0)[0]));
    }

    @Test
    void aPoolWaitIsKeyedOncePerDataSource() {
        Object dataSource = new Object();
        JdbcTimings.exitPool(dataSource, recorder(), enter(), false);
        JdbcTimings.exitPool(dataSource, recorder(), enter(), false);
        drain();
        assertEquals(2, samples.size());
        assertEquals(FakeKeys.POOL, Samples.keyId(samples.get(1)[0]));
        assertEquals(1, keys.poolLookups, "resolved once, then read from the data source's state");
    }

    @Test
    void nestedCallsDoNotReadTheClockAndAMismatchedExitRecordsNothing() {
        assertTrue(enter() != 0L);
        assertEquals(0L, enter(), "nested: no clock read");
        JdbcTimings.exitSql("SELECT 5", recorder(), 0L, false);
        JdbcTimings.exitSql("SELECT 6", recorder(), 0L, false); // outermost exit with the nested start: a mismatch
        drain();
        assertEquals(0, samples.size());
    }

    @Test
    void depthNeverGoesBelowZero() {
        JdbcTimings.exitSql("SELECT 3", recorder(), System.nanoTime(), false); // an exit without its enter
        JdbcTimings.exitSql("SELECT 4", recorder(), enter(), false);
        drain();
        assertEquals(2, samples.size());
        assertEquals(0, Recorders.current().jdbcDepth);
    }

    @Test
    void withoutARecorderNothingIsCountedOrRecorded() {
        assertEquals(0L, JdbcTimings.enter(null));
        assertEquals(0, Recorders.current().jdbcDepth, "no depth counted without the recorder");
        JdbcTimings.prepared(this, "SELECT 7");
        JdbcTimings.exitStatement(this, null, System.nanoTime(), false);
        JdbcTimings.exitSql("SELECT 8", null, System.nanoTime(), true);
        JdbcTimings.exitPool(new Object(), null, System.nanoTime(), false);
        JdbcTimings.exitBatch(this, new int[2], null, System.nanoTime(), false);
        drain();
        assertEquals(0, samples.size());
        assertEquals(0, Recorders.current().jdbcDepth);
    }

    /** What the woven code does on entry: the recorder once, then the start. */
    private static long enter() {
        return JdbcTimings.enter(recorder());
    }

    private static Object recorder() {
        Object recorder = JdbcTimings.recorder();
        assertTrue(recorder == Recorders.current(), "the calling thread's own recorder");
        return recorder;
    }

    private void drain() {
        Recorders.drain(new SamplesOnly() {
            @Override
            public void accept(long packed, long second) {
                samples.add(new long[] {packed, second});
            }

            @Override
            public void acceptUnsampled(int keyId, long calls, long errors) {
            }
        });
    }

    /** Ids by SQL text; batches are their SQLs joined by '+'. */
    private static final class FakeKeys implements JdbcKeys {
        static final int UNKNOWN = 999;
        static final int POOL = 998;
        final List<String> resolved = new ArrayList<>();
        int poolLookups;

        @Override
        public int sqlId(String rawSql) {
            resolved.add(rawSql);
            return Math.abs(rawSql.hashCode() % 500);
        }

        @Override
        public int unknownSqlId() {
            return UNKNOWN;
        }

        @Override
        public Object addBatchSql(Object batch, String rawSql) {
            return batch == null ? rawSql : batch + "+" + rawSql;
        }

        @Override
        public int batchId(Object batch) {
            return sqlId((String) batch);
        }

        @Override
        public int poolId(Object dataSource) {
            poolLookups++;
            return POOL;
        }
    }
}
