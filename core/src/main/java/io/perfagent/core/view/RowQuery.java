package io.perfagent.core.view;

import java.util.List;

/**
 * Which rows to show: an optional kind ({@code method}, {@code sql}, {@code pool}; {@code null} for all), the sort
 * order and how many rows at most. Immutable.
 */
public record RowQuery(String kind, RowSort sort, int top) {

    public static final RowQuery DEFAULT = new RowQuery(null, RowSort.P99, 20);

    public List<MetricRow> apply(List<MetricRow> rows) {
        return rows.stream()
                .filter(r -> kind == null || kind.equals(r.kind()))
                .sorted(sort.order())
                .limit(Math.max(0, top))
                .toList();
    }
}
