package io.perfagent.core.view;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Formats an alert's value and threshold: latency rules ({@code p50}, {@code p99}, {@code p999}, ...) carry
 * nanoseconds and print with time units; other rules (ratios, counts) print as plain numbers. Stateless.
 */
final class AlertText {

    private static final Pattern LATENCY_RULE = Pattern.compile("p\\d+.*|.*latency.*");

    private AlertText() {
    }

    static String value(String rule, double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (LATENCY_RULE.matcher(rule).matches()) {
            return Units.nanos(v);
        }
        return v == Math.rint(v) && !Double.isInfinite(v) ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.3g", v);
    }
}
