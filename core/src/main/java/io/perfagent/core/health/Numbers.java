package io.perfagent.core.health;

/** Small conversions shared by the samplers: JDK and OSHI report "unknown" as negative numbers. */
final class Numbers {

    private Numbers() {
    }

    static Double round2(Double value) {
        return value == null ? null : Math.round(value * 100.0) / 100.0;
    }

    /** A JDK/OSHI fraction in 0..1 as a percentage, or null when the source reports it as unavailable (negative). */
    static Double percentOrNull(double fraction) {
        return fraction < 0 || Double.isNaN(fraction) ? null : Math.min(100.0, fraction * 100.0);
    }

    static Long nonNegativeOrNull(long value) {
        return value < 0 ? null : value;
    }

    static Double nonNegativeOrNull(double value) {
        return value < 0 || Double.isNaN(value) ? null : value;
    }

    static Double usedPercent(long total, long available) {
        return total <= 0 || available < 0 ? null : (total - available) * 100.0 / total;
    }
}
