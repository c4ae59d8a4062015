package io.perfagent.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfagent.core.read.Fixtures;
import io.perfagent.core.read.ReportReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffTest {

    private final List<MetricRow> before = Rollup.of(ReportReader.read(Fixtures.reports("baseline")), Window.ALL).rows();
    private final List<MetricRow> after = Rollup.of(ReportReader.read(Fixtures.reports("run1")), Window.ALL).rows();

    @Test
    void plantedRegressionIsFoundAndMarked() {
        Diff diff = Diff.compare(before, after, 10);
        assertTrue(diff.hasRegression());
        assertEquals(1, diff.regressions().size());
        DiffEntry e = diff.regressions().get(0);
        assertEquals("com.example.OrderService#placeOrder", e.key());
        assertEquals(40.0, e.p99Pct(), 1e-9, "5ms -> 7ms");
        assertEquals(100.0 * (3000 - 2900) / 2900, e.allocP99Pct(), 1e-9);
        assertEquals(List.of("HikariPool-1"), diff.added().stream().map(MetricRow::key).toList());
        assertEquals(List.of("com.example.Legacy#old"), diff.gone().stream().map(MetricRow::key).toList());
        String text = DiffView.render("diff", diff, 20);
        assertTrue(text.contains("REGRESSION method com.example.OrderService#placeOrder"), text);
        assertTrue(text.contains("p99 5.00ms → 7.00ms (+40.0%)"), text);
        assertTrue(text.contains("new  pool HikariPool-1"), text);
        assertTrue(text.contains("gone method com.example.Legacy#old"), text);
    }

    @Test
    void thresholdDecides() {
        assertFalse(Diff.compare(before, after, 50).hasRegression(), "+40% is within 50%");
        assertTrue(Diff.compare(before, after, 3).regressions().size() == 2, "sql p99 +3.4% exceeds 3%");
    }

    @Test
    void sameRunHasNoRegression() {
        Diff diff = Diff.compare(after, after, 10);
        assertFalse(diff.hasRegression());
        assertEquals(0.0, diff.entries().get(0).p99Pct());
    }
}
