package io.perfagent.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowQueryTest {

    static MetricRow row(String kind, String key, long count, long p50, long p99, long allocP99, long total) {
        return new MetricRow(kind, key, "", "", count, 0, p50, p50, p99, p99, p99, p50, -1, -1, allocP99, allocP99,
                total);
    }

    private final List<MetricRow> rows = List.of(
            row("method", "a", 10, 5, 100, 64, 50),
            row("method", "b", 500, 2, 40, -1, 1000),
            row("sql", "c", 30, 9, 300, 128, 270),
            row("pool", "d", 1, 1, 1, -1, 1));

    private List<String> keys(RowQuery q) {
        return q.apply(rows).stream().map(MetricRow::key).toList();
    }

    @Test
    void sortsLargestFirstByTheChosenColumn() {
        assertEquals(List.of("c", "a", "b", "d"), keys(new RowQuery(null, RowSort.P99, 20)));
        assertEquals(List.of("b", "c", "a", "d"), keys(new RowQuery(null, RowSort.COUNT, 20)));
        assertEquals(List.of("c", "a", "b", "d"), keys(new RowQuery(null, RowSort.P50, 20)));
        assertEquals(List.of("c", "a", "b", "d"), keys(new RowQuery(null, RowSort.ALLOC_P99, 20)));
        assertEquals(List.of("b", "c", "a", "d"), keys(new RowQuery(null, RowSort.TOTAL_TIME, 20)));
    }

    @Test
    void filtersByKindAndCutsToTop() {
        assertEquals(List.of("a", "b"), keys(new RowQuery("method", RowSort.P99, 20)));
        assertEquals(List.of("c"), keys(new RowQuery(null, RowSort.P99, 1)));
        assertEquals(List.of("d"), keys(new RowQuery("pool", RowSort.P99, 20)));
    }

    @Test
    void parsesSortOptionsAndRejectsOthers() {
        assertEquals(RowSort.ALLOC_P99, RowSort.parse("alloc-p99").orElseThrow());
        assertEquals(RowSort.TOTAL_TIME, RowSort.parse("total-time").orElseThrow());
        assertEquals(true, RowSort.parse("p98").isEmpty());
    }
}
