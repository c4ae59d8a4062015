package io.perfagent.it.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import io.perfagent.it.ForkedJvm;
import io.perfagent.it.Jdks;
import io.perfagent.it.Reports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sample.jdbc.DriverQuirksApp;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drivers that prepare and batch in their own ways (shaped like MySQL Connector/J, on H2): statements prepared through
 * {@code clientPrepareStatement}/{@code serverPrepareStatement} are keyed by their SQL, and a batch whose statement
 * clears itself inside {@code executeBatch} is keyed by its commands; nothing lands in {@code <unknown sql>}.
 */
class DriverQuirksIT {

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void statementsPreparedAndBatchedTheDriversWayKeepTheirSql(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result run = ForkedJvm.on(jdk).agent(null).main(DriverQuirksApp.class).run();
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.stdout().contains("quirks sum=25"), run::toString);
        assertEquals(List.of(), run.stderr().lines().toList());
        Reports reports = run.reports();
        assertEquals(5, reports.summaryCount("SELECT ? AS client_prepared"), reports.summaryKeys()::toString);
        assertEquals(7, reports.summaryCount("SELECT ? AS server_prepared"), reports.summaryKeys()::toString);
        String batch = "INSERT INTO quirks VALUES (?); UPDATE quirks SET v = ?";
        assertEquals(3, reports.summaryCount(batch), reports.summaryKeys()::toString);
        JsonNode batchSize = reports.summaryMetric(batch).path("batch_size");
        assertEquals(2, batchSize.path("max").asLong(), batchSize::toString);
        assertEquals(0, reports.summaryCount("<unknown sql>"));
    }
}
