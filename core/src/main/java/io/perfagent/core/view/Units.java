package io.perfagent.core.view;

import java.util.Locale;

/**
 * Human units for the table: durations in ns/µs/ms/s and sizes in B/KB/MB/GB with three significant digits, and
 * {@code -} for a value that was not measured. Stateless.
 */
public final class Units {

    private static final String[] TIME = {"ns", "µs", "ms", "s"};
    private static final String[] SIZE = {"B", "KB", "MB", "GB", "TB"};

    private Units() {
    }

    public static String nanos(long ns) {
        return scaled(ns, TIME, 1000);
    }

    public static String bytes(long bytes) {
        return scaled(bytes, SIZE, 1024);
    }

    public static String nanos(double ns) {
        return Double.isNaN(ns) ? "-" : nanos(Math.round(ns));
    }

    public static String bytes(double bytes) {
        return Double.isNaN(bytes) ? "-" : bytes(Math.round(bytes));
    }

    private static String scaled(long value, String[] units, int step) {
        if (value < 0) {
            return "-";
        }
        double v = value;
        int unit = 0;
        // 999.5 rather than 1000: a value that would print as "1000µs" prints as "1.00ms" instead.
        while (v >= step - 0.5 && unit < units.length - 1) {
            v /= step;
            unit++;
        }
        if (unit == 0) {
            return value + units[0];
        }
        String digits = v < 9.995 ? "%.2f" : v < 99.95 ? "%.1f" : "%.0f";
        return String.format(Locale.ROOT, digits, v) + units[unit];
    }

    /** A signed percentage for the diff: {@code +12.5%}, {@code -3.0%}, {@code n/a} when there is no before. */
    public static String percent(double pct) {
        if (Double.isNaN(pct) || Double.isInfinite(pct)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%+.1f%%", pct);
    }
}
