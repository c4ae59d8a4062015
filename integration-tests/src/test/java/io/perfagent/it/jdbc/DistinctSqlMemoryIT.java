package io.perfagent.it.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import io.perfagent.it.ForkedJvm;
import io.perfagent.it.Jdks;
import io.perfagent.it.Reports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sample.jdbc.DistinctSqlApp;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A million distinct unparameterised statements: counts stay exact, keys stop at keys.max (the rest share
 * {@code <other sql>} and are counted in keys_dropped), and the heap after GC does not grow.
 */
class DistinctSqlMemoryIT {

    private static final Pattern HEAP = Pattern.compile("heap-early=(\\d+) heap-late=(\\d+)");

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void aMillionDistinctStatementsKeepMemoryFlat(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result run = ForkedJvm.on(jdk).agent(null).jvmArg("-Xmx256m").jvmArg("-XX:+UseSerialGC")
                .timeout(Duration.ofMinutes(4)).main(DistinctSqlApp.class, "1000000").run();
        assertEquals(0, run.exitCode(), run::toString);
        Matcher heap = HEAP.matcher(run.stdout());
        assertTrue(heap.find(), run::toString);
        long growth = Long.parseLong(heap.group(2)) - Long.parseLong(heap.group(1));
        assertTrue(growth < 4 * 1024 * 1024, "heap after GC grew by " + growth + " bytes over 900,000 statements");

        Reports reports = run.reports();
        long total = 0;
        for (JsonNode metric : reports.summary().path("metrics")) {
            total += "sql".equals(metric.path("kind").asText()) ? metric.path("count").asLong() : 0;
        }
        assertEquals(1_000_000L, total, "every statement counted once");
        JsonNode agent = reports.summary().path("agent");
        assertTrue(agent.path("keys").asLong() <= 2001, agent::toString);
        assertTrue(agent.path("keys_dropped").asLong() >= 990_000, agent::toString);
        assertTrue(reports.summaryCount("<other sql>") >= 990_000, "overflow key");
    }
}
