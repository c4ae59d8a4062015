package io.perfagent.it.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import io.perfagent.it.ForkedJvm;
import io.perfagent.it.Jdks;
import io.perfagent.it.Reports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sample.jdbc.JdbcWorkload;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every statement kind counted exactly once per execution, keyed by sanitized SQL, on H2 and PostgreSQL, direct and
 * through HikariCP, and through a two-level hand-written wrapper (the table is jdbc-workload-counts.csv).
 */
class JdbcCountsIT {

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("io.perfagent.it.jdbc.StackCases#allStacks")
    void everyStatementCountsOnceUnderItsSanitizedKey(Jdks.Jdk jdk, String stack) throws Exception {
        ForkedJvm.Result run = JdbcRun.run(jdk, stack, JdbcWorkload.class, "-Dperfagent.flush.interval=500ms");
        assertTrue(run.stdout().contains("workload done"), run::toString);
        Reports reports = run.reports();
        List<String> keys = reports.summaryKeys();
        for (ExpectedMetric expected : ExpectedMetric.load("jdbc-workload-counts.csv")) {
            if (!expected.appliesTo(stack)) {
                continue;
            }
            JsonNode metric = reports.summaryMetric(expected.key());
            String what = stack + " " + expected.key() + ": " + metric;
            assertEquals(expected.kind(), metric.path("kind").asText(), what);
            assertEquals(expected.count(), metric.path("count").asLong(), what);
            assertEquals(expected.count(), reports.intervalCountSum(expected.key()), "intervals add up: " + what);
            assertEquals(0, metric.path("errors").asLong(), what);
            if (expected.operation() != null) {
                assertEquals(expected.operation(), metric.path("operation").asText(), what);
            }
            if (expected.table() != null) {
                assertEquals(expected.table(), metric.path("table").asText(), what);
            }
            if (expected.batchP50() != null) {
                assertEquals(expected.batchP50().longValue(), metric.path("batch_size").path("p50").asLong(), what);
            } else {
                assertTrue(metric.path("batch_size").isMissingNode(), "no batch_size: " + what);
            }
        }
        assertFalse(keys.contains("<unknown sql>"), "every statement's SQL was known: " + keys);
        assertFalse(keys.stream().anyMatch(k -> k.contains("'")), "no literal survives sanitizing: " + keys);
        JsonNode agent = reports.summary().path("agent");
        assertEquals(0, agent.path("advice_errors").asLong(), agent::toString);
        assertEquals(0, agent.path("transform_errors").asLong(), agent::toString);
    }
}
