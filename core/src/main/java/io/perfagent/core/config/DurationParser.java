package io.perfagent.core.config;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses durations such as {@code 250us}, {@code 500ms}, {@code 1.5s}, {@code 1m}, {@code 1h}: a non-negative
 * decimal number, optional spaces, then a unit (ns, us or µs, ms, s, m or min, h), case-insensitive.
 * A bare number is refused because {@code flush.interval=10} is ambiguous (10 ms? 10 s?); the message suggests a unit.
 * Fractions below a nanosecond are rounded to the nearest nanosecond.
 *
 * <p>Stateless; safe to call from any thread. Never throws on bad input.
 */
final class DurationParser {

    private static final Pattern SHAPE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([a-zµ]*)");
    private static final Map<String, Long> NANOS_PER_UNIT = Map.of(
            "ns", 1L, "us", 1_000L, "µs", 1_000L, "ms", 1_000_000L, "s", 1_000_000_000L,
            "m", 60_000_000_000L, "min", 60_000_000_000L, "h", 3_600_000_000_000L);
    private static final BigDecimal MAX_NANOS = BigDecimal.valueOf(Long.MAX_VALUE);
    static final String NOT_A_DURATION = "is not a duration (e.g. 10s)";

    private DurationParser() {
    }

    static ParseResult<Duration> parse(String raw) {
        if (raw == null) {
            return ParseResult.problem(NOT_A_DURATION);
        }
        Matcher m = SHAPE.matcher(raw.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return ParseResult.problem(NOT_A_DURATION);
        }
        String number = m.group(1);
        String unit = m.group(2);
        if (unit.isEmpty()) {
            return ParseResult.problem("is not a duration: add a unit (e.g. " + number + "ms or " + number + "s)");
        }
        Long perUnit = NANOS_PER_UNIT.get(unit);
        if (perUnit == null) {
            return ParseResult.problem("is not a duration: unknown unit \"" + unit + "\" (use us, ms, s, m or h)");
        }
        BigDecimal nanos = new BigDecimal(number).multiply(BigDecimal.valueOf(perUnit))
                .setScale(0, RoundingMode.HALF_UP);
        if (nanos.compareTo(MAX_NANOS) > 0) {
            return ParseResult.problem("is too long for a duration (at most about 292 years)");
        }
        return ParseResult.ok(Duration.ofNanos(nanos.longValueExact()));
    }

    /** The shortest exact spelling this parser reads back, e.g. {@code 100ms}, {@code 10s}, {@code 250us}. */
    static String format(Duration d) {
        long nanos = d.toNanos();
        if (nanos != 0 && nanos % 3_600_000_000_000L == 0) {
            return nanos / 3_600_000_000_000L + "h";
        }
        if (nanos != 0 && nanos % 60_000_000_000L == 0) {
            return nanos / 60_000_000_000L + "m";
        }
        if (nanos % 1_000_000_000L == 0) {
            return nanos / 1_000_000_000L + "s";
        }
        if (nanos % 1_000_000L == 0) {
            return nanos / 1_000_000L + "ms";
        }
        return nanos % 1_000L == 0 ? nanos / 1_000L + "us" : nanos + "ns";
    }
}
