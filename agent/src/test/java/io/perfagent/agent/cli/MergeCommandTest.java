package io.perfagent.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perfagent.core.registry.KeyInfo;
import io.perfagent.core.report.MetricSummary;
import io.perfagent.core.report.ReportLine;
import io.perfagent.core.report.RollingFile;
import io.perfagent.core.sink.hlog.HlogSink;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeCommandTest {

    private static final String KEY = "SELECT a, b FROM t WHERE id = ?";

    @TempDir
    Path dir;

    /** Two processes' logs: values 1..1000 µs in one, 1001..2000 µs in the other. */
    @BeforeEach
    void writeTwoRuns() {
        for (int run = 0; run < 2; run++) {
            Histogram lat = new Histogram(3);
            for (int i = 1; i <= 1000; i++) {
                lat.recordValue((run * 1000L + i) * 1000);
            }
            MetricSummary m = MetricSummary.of(new KeyInfo(0, "sql", KEY, Map.of()), lat, null, 0, 0, true);
            HlogSink sink = new HlogSink(new RollingFile(dir, "perfagent-shop-" + run, "hlog", 1 << 20, 3));
            sink.onReport(new ReportLine("interval", 1, "shop", run, "h", "2026-01-01T00:00:00Z",
                    "2026-01-01T00:00:10Z", List.of(m), Map.of(), null));
        }
    }

    @Test
    void printsExactCombinedFiguresAsJson() throws Exception {
        CliTest.Result r = CliTest.run("merge", dir.toString(), "--tag", "latency:", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals(2, doc.path("files").asInt());
        JsonNode row = doc.path("keys").get(0);
        assertEquals(KEY, row.path("key").asText());
        assertEquals("latency", row.path("measure").asText());
        assertEquals(2000, row.path("count").asLong());
        assertEquals(1000, row.path("p50").asLong() / 1000, "the median of 1..2000 µs");
        assertEquals(1980, row.path("p99").asLong() / 1000);
        assertEquals(2000, row.path("max").asLong() / 1000);
    }

    @Test
    void printsATableByDefault() {
        CliTest.Result r = CliTest.run("merge", dir.resolve("perfagent-shop-0.hlog").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("perfagent merge: 1 file(s), 1 histogram(s)"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("latency  " + KEY) && l.endsWith("ns")), r.out());
    }

    @Test
    void badUsageExitsWithTwoAndSaysWhy() {
        assertEquals(ExitCodes.USAGE, CliTest.run("merge").exit());
        assertEquals(ExitCodes.USAGE, CliTest.run("merge", "--tag").exit());
        assertEquals(ExitCodes.USAGE, CliTest.run("merge", dir.toString(), "--bogus").exit());
        CliTest.Result missing = CliTest.run("merge", dir.resolve("nope").toString());
        assertEquals(ExitCodes.USAGE, missing.exit());
        assertTrue(missing.err().contains("no such directory or file"), missing.err());
    }

    @Test
    void aPrefixThatMatchesNothingWarnsButSucceeds() {
        CliTest.Result r = CliTest.run("merge", dir.toString(), "--tag", "alloc:");
        assertEquals(0, r.exit());
        assertTrue(r.err().contains("no histograms tagged alloc:*"), r.err());
    }
}
