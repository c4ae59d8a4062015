package io.perfagent.core.view;

import io.perfagent.core.read.MetricsLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Per key, the interval rows in time order (by interval end), for the charts. Unmeasured values are left out of a
 * series rather than drawn as zero. Immutable once built.
 */
final class TimeSeries {

    private final Map<String, List<Timed>> byKey;

    private record Timed(long endMillis, MetricRow row) {
    }

    private TimeSeries(Map<String, List<Timed>> byKey) {
        this.byKey = byKey;
    }

    /** Collects rows of the given identities ({@link MetricRow#identity()}) from intervals inside the window. */
    static TimeSeries of(List<MetricsLine> intervals, Window window, Set<String> identities) {
        Map<String, List<Timed>> byKey = new LinkedHashMap<>();
        intervals.stream().filter(l -> window.overlaps(l.start(), l.end()))
                .sorted(Comparator.comparing(MetricsLine::end))
                .forEach(l -> l.metrics().stream().map(MetricRow::fromJson).flatMap(Optional::stream)
                        .filter(r -> identities.contains(r.identity()))
                        .forEach(r -> byKey.computeIfAbsent(r.identity(), k -> new ArrayList<>())
                                .add(new Timed(l.end().toEpochMilli(), r))));
        return new TimeSeries(byKey);
    }

    Series series(String identity, String name, ToLongFunction<MetricRow> field) {
        List<Series.Point> points = new ArrayList<>();
        for (Timed t : byKey.getOrDefault(identity, List.of())) {
            long v = field.applyAsLong(t.row());
            if (v != MetricRow.NONE) {
                points.add(new Series.Point(t.endMillis(), v));
            }
        }
        return new Series(name, points);
    }
}
