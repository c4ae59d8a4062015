package io.perfagent.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perfagent.core.read.Fixtures;
import io.perfagent.core.read.ReportReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Hand-computed expectations over reports/run1 live in view/rollup-cases.json, one case per object. */
class RollupTest {

    @TestFactory
    List<DynamicTest> rollupMatchesHandComputedValues() throws IOException {
        JsonNode cases;
        try (InputStream in = RollupTest.class.getResourceAsStream("/view/rollup-cases.json")) {
            cases = new ObjectMapper().readTree(in);
        }
        var report = ReportReader.read(Fixtures.reports("run1"));
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : cases) {
            tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> {
                Rollup rollup = Rollup.of(report, new Window(instant(c, "since"), instant(c, "until")));
                MetricRow row = rollup.rows().stream()
                        .filter(r -> r.kind().equals(c.get("kind").asText()) && r.key().equals(c.get("key").asText()))
                        .findFirst().orElseThrow();
                assertEquals(c.get("count").asLong(), row.count(), "count");
                assertEquals(c.get("errors").asLong(), row.errors(), "errors");
                assertEquals(c.get("p50").asLong(), row.p50(), "p50");
                assertEquals(c.get("p99").asLong(), row.p99(), "p99");
                assertEquals(c.get("max").asLong(), row.max(), "max");
                assertEquals(c.get("allocP99").asLong(), row.allocP99(), "alloc p99");
                assertEquals(c.get("totalTimeNs").asLong(), row.totalTimeNs(), "total time");
                assertEquals(c.get("note").isNull() ? null : c.get("note").asText(), rollup.note().orElse(null));
            }));
        }
        return tests;
    }

    /** Attached, detached, attached again, then attached once more and killed: three series of one process. */
    @Test
    void theWholeRunAddsEverySeriesOfAProcess() throws IOException {
        Rollup rollup = Rollup.of(ReportReader.read(Fixtures.reports("reattached")), new Window(null, null));
        MetricRow row = rollup.rows().get(0);
        assertEquals(120 + 300 + 7, row.count(), "both summaries and the summary-less interval");
        assertEquals(2, rollup.summariesUsed());
        assertEquals(1, rollup.intervalsUsed());
        assertEquals(4_000_000, row.max());
    }

    private static Instant instant(JsonNode c, String field) {
        return c.get(field).isNull() ? null : Instant.parse(c.get(field).asText());
    }
}
