package io.perfagent.benchmarks.report;

import java.util.Locale;

/** Number formatting for the report: one decimal, "-" for a figure that was not measured. Stateless. */
final class Fmt {

    private Fmt() {
    }

    static String num(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Bytes with three decimals: a probe that allocates shows whole bytes, noise shows thousandths. */
    static String bytes(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** A ratio minus one as a signed whole percentage: 0.153 -> "+15 %". */
    static String signedPercent(double fraction) {
        return Double.isNaN(fraction) ? "-" : String.format(Locale.ROOT, "%+.0f %%", fraction * 100);
    }

    static String mib(double bytes) {
        return Double.isNaN(bytes) ? "-" : String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }
}
