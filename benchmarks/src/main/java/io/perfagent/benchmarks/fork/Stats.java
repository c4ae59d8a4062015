package io.perfagent.benchmarks.fork;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians and minima of small samples (rounds of forked runs). Stateless. */
public final class Stats {

    private Stats() {
    }

    public static double median(List<? extends Number> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>();
        values.forEach(v -> sorted.add(v.doubleValue()));
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The lowest value: on a shared machine, the round least disturbed by other jobs. NaN when empty. */
    public static double min(List<? extends Number> values) {
        return values.stream().mapToDouble(Number::doubleValue).min().orElse(Double.NaN);
    }
}
