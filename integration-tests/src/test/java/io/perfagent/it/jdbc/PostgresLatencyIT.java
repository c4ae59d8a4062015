package io.perfagent.it.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import io.perfagent.it.ForkedJvm;
import io.perfagent.it.Jdks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sample.jdbc.SleepApp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Latency sanity on a real server: {@code SELECT pg_sleep(0.05)} reports a p50 between 50 and 70 ms. */
class PostgresLatencyIT {

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("io.perfagent.it.jdbc.StackCases#postgresStacks")
    void pgSleepOf50msReportsAP50Of50To70ms(Jdks.Jdk jdk, String stack) throws Exception {
        ForkedJvm.Result run = JdbcRun.run(jdk, stack, SleepApp.class);
        JsonNode metric = run.reports().summaryMetric("SELECT pg_sleep(?)");
        assertEquals(20, metric.path("count").asLong(), metric::toString);
        long p50 = metric.path("latency_ns").path("p50").asLong();
        assertTrue(p50 >= 50_000_000L && p50 <= 70_000_000L, "p50 " + p50 + " ns: " + metric);
    }
}
