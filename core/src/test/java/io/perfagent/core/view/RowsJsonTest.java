package io.perfagent.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perfagent.core.read.Fixtures;
import io.perfagent.core.read.Report;
import io.perfagent.core.read.ReportReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowsJsonTest {

    @Test
    void rowsRoundTripWithUnitsInFieldNamesAndNullForUnmeasured() throws Exception {
        Report report = ReportReader.read(Fixtures.reports("run1"));
        List<MetricRow> rows = RowQuery.DEFAULT.apply(Rollup.of(report, Window.ALL).rows());
        JsonNode json = new ObjectMapper().readTree(RowsJson.rows(rows, ActiveAlerts.of(report.alerts(), report.summaries()), List.of()));
        assertEquals(3, json.get("rows").size());
        JsonNode first = json.get("rows").get(0);
        assertEquals("com.example.OrderService#placeOrder", first.get("key").asText());
        assertEquals(7_000_000, first.get("p99_ns").asLong());
        assertEquals(880_000_000, first.get("total_time_ns").asLong());
        JsonNode sql = json.get("rows").get(1);
        assertEquals("orders", sql.get("table").asText());
        assertTrue(sql.get("alloc_p99_bytes").isNull());
        assertEquals(1, json.get("active_alerts").size());
        assertEquals(false, json.get("approximate").asBoolean());
    }

    @Test
    void diffJsonCarriesTheVerdict() throws Exception {
        List<MetricRow> before = Rollup.of(ReportReader.read(Fixtures.reports("baseline")), Window.ALL).rows();
        List<MetricRow> after = Rollup.of(ReportReader.read(Fixtures.reports("run1")), Window.ALL).rows();
        JsonNode json = new ObjectMapper().readTree(RowsJson.diff(Diff.compare(before, after, 10)));
        assertTrue(json.get("regression").asBoolean());
        assertEquals(40.0, json.get("entries").get(0).get("p99_change_pct").asDouble());
        assertEquals("HikariPool-1", json.get("new").get(0).get("key").asText());
        assertEquals("com.example.Legacy#old", json.get("gone").get(0).get("key").asText());
    }
}
