package io.perfagent.core.view;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/**
 * The orders the table can be sorted in, largest first; ties fall back to the key so output is stable. Constants;
 * safe to share between threads.
 */
public enum RowSort {
    P99("p99", Comparator.comparingLong(MetricRow::p99)),
    P95("p95", Comparator.comparingLong(MetricRow::p95)),
    P50("p50", Comparator.comparingLong(MetricRow::p50)),
    COUNT("count", Comparator.comparingLong(MetricRow::count)),
    ALLOC_P99("alloc-p99", Comparator.comparingLong(MetricRow::allocP99)),
    TOTAL_TIME("total-time", Comparator.comparingLong(MetricRow::totalTimeNs));

    private final String option;
    private final Comparator<MetricRow> order;

    RowSort(String option, Comparator<MetricRow> ascending) {
        this.option = option;
        this.order = ascending.reversed().thenComparing(MetricRow::key).thenComparing(MetricRow::kind);
    }

    public String option() {
        return option;
    }

    public Comparator<MetricRow> order() {
        return order;
    }

    public static Optional<RowSort> parse(String option) {
        return Arrays.stream(values()).filter(s -> s.option.equalsIgnoreCase(option)).findFirst();
    }

    /** {@code p99|p95|...}, for usage text and error messages. */
    public static String choices() {
        return String.join("|", Arrays.stream(values()).map(RowSort::option).toList());
    }
}
