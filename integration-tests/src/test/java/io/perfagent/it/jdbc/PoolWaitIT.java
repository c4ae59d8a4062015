package io.perfagent.it.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import io.perfagent.it.ForkedJvm;
import io.perfagent.it.Jdks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sample.jdbc.PoolWaitApp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With maximumPoolSize=1 and two threads each holding the connection for 50 ms, the {@code pool} key's p99 shows the
 * wait for the other thread's connection.
 */
class PoolWaitIT {

    private static final String POOL_KEY = "com.zaxxer.hikari.HikariDataSource (sample-pool)";

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("io.perfagent.it.jdbc.StackCases#poolStacks")
    void poolP99ReflectsTheWaitForTheOnlyConnection(Jdks.Jdk jdk, String stack) throws Exception {
        ForkedJvm.Result run = JdbcRun.run(jdk, stack, PoolWaitApp.class);
        JsonNode pool = run.reports().summaryMetric(POOL_KEY);
        assertEquals("pool", pool.path("kind").asText());
        assertEquals(21, pool.path("count").asLong(), "one warm-up and 2 × 10 borrowings: " + pool);
        long p99 = pool.path("latency_ns").path("p99").asLong();
        assertTrue(p99 >= 45_000_000L, "p99 " + p99 + " ns should show a wait of about one 50 ms hold: " + pool);
    }
}
