package io.perfagent.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfagent.core.read.AlertLine;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableViewTest {

    private final MetricRow order = new MetricRow("method", "com.example.OrderService#placeOrder", "", "", 500, 3,
            1_500_000, 2_500_000, 7_000_000, 8_500_000, 12_000_000, 1_760_000, 1000, 2000, 3000, 9000, 880_000_000);
    private final MetricRow sql = new MetricRow("sql", "SELECT * FROM orders WHERE id = ?", "SELECT", "orders", 200,
            0, 350_000, 700_000, 1_500_000, 1_900_000, 3_000_000, 400_000, -1, -1, -1, -1, 80_000_000);

    @Test
    void rendersAlignedColumnsWithHumanUnits() {
        String text = TableView.render("title here", List.of(order, sql));
        List<String> lines = text.lines().toList();
        assertEquals("title here", lines.get(0));
        assertTrue(lines.get(1).startsWith("kind    key"), lines.get(1));
        assertTrue(lines.get(2).matches("method  com\\.example\\.OrderService#placeOrder +500 +3 +1\\.50ms +2\\.50ms"
                + " +7\\.00ms +12\\.0ms +1000B +2\\.93KB"), lines.get(2));
        assertTrue(lines.get(3).endsWith("3.00ms          -          -"), lines.get(3));
        int p99Column = lines.get(1).indexOf("p99") + 3;
        assertEquals(p99Column, lines.get(2).indexOf("7.00ms") + 6, "numbers are right-aligned under their header");
    }

    @Test
    void activeAlertsComeFirstAndNotesLast() {
        AlertLine alert = new AlertLine("p99", "firing", order.key(), 8e6, 5e6, Instant.parse("2026-11-27T10:00:20Z"),
                "");
        String text = TableView.render("t", List.of(order), List.of(alert), List.of("p-values combined"));
        List<String> lines = text.lines().toList();
        assertEquals("ACTIVE ALERTS (1)", lines.get(1));
        assertTrue(lines.get(2).contains("p99  com.example.OrderService#placeOrder  value 8.00ms > threshold 5.00ms"),
                lines.get(2));
        assertTrue(text.indexOf("ACTIVE ALERTS") < text.indexOf("kind    key"));
        assertEquals("note: p-values combined", lines.get(lines.size() - 1));
    }

    @Test
    void emptyTableSaysSo() {
        assertEquals("t\n(no metrics)\n", TableView.render("t", List.of()));
    }
}
