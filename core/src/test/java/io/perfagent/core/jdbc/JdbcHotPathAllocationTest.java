package io.perfagent.core.jdbc;

import io.perfagent.bootstrap.JdbcTimings;
import io.perfagent.bootstrap.Recorders;
import io.perfagent.bootstrap.SampleConsumer;
import io.perfagent.core.registry.KeyRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hot path allocates nothing once keys are known: executing a prepared statement (id read from the statement's
 * state) and a plain statement whose SQL was seen before (a cache hit). Allocation, not time, is measured.
 */
class JdbcHotPathAllocationTest {

    private static final int CALLS = 5_000;
    private static final SampleConsumer DISCARD = new SampleConsumer() {
        @Override
        public void accept(long packed, long second) {
        }

        @Override
        public void acceptUnsampled(int keyId, long calls, long errors) {
        }

        @Override
        public void acceptCounted(int keyId, boolean secondValue, long bucketValue, long calls) {
        }

        @Override
        public void acceptCountedErrors(int keyId, long errors) {
        }
    };

    @AfterEach
    void uninstall() {
        JdbcTimings.install(null);
    }

    @Test
    void executionsOfKnownStatementsAllocateNothing() {
        JdbcTimings.install(new JdbcKeyResolver(new KeyRegistry(100), new JdbcSettings(true, 2048)));
        Object prepared = new Object(); // no holder field here: the weak-table path, the slower of the two
        JdbcTimings.prepared(prepared, "SELECT name FROM users WHERE id = ?");
        String plain = "SELECT COUNT(*) FROM users WHERE active = 1";
        for (int round = 0; round < 3; round++) {
            executions(prepared, plain); // sizes the thread's buffers and warms the cache
            Recorders.drain(DISCARD); // hands the buffers back for reuse
        }
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        executions(prepared, plain);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        Recorders.drain(DISCARD);
        assertTrue(allocated < 256, allocated + " bytes for " + 2 * CALLS + " executions");
    }

    /** As the woven code calls the bridge: the thread's recorder once per execution, then entry and exit. */
    private static void executions(Object prepared, String plain) {
        for (int i = 0; i < CALLS; i++) {
            Object recorder = JdbcTimings.recorder();
            JdbcTimings.exitStatement(prepared, recorder, JdbcTimings.enter(recorder), false);
            recorder = JdbcTimings.recorder();
            JdbcTimings.exitSql(plain, recorder, JdbcTimings.enter(recorder), false);
        }
    }
}
