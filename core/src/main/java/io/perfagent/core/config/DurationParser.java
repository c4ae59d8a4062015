package io.perfagent.core.config;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Parses durations such as {@code 250us}, {@code 500ms}, {@code 1.5s}, {@code 1m}, {@code 1h}: a non-negative
 * decimal number, optional spaces, then a unit (ns, us or µs, ms, s, m or min, h), case-insensitive.
 * A bare number is refused because {@code flush.interval=10} is ambiguous (10 ms? 10 s?); the message suggests a unit.
 * Fractions below a nanosecond are rounded to the nearest nanosecond.
 *
 * <p>Stateless; safe to call from any thread. Never throws on bad input.
 */
final class DurationParser {

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
        String text = raw.trim().toLowerCase(Locale.ROOT);
        int numberEnd = numberEnd(text);
        if (numberEnd < 0) {
            return ParseResult.problem(NOT_A_DURATION);
        }
        int unitStart = numberEnd;
        while (unitStart < text.length() && isSpace(text.charAt(unitStart))) {
            unitStart++;
        }
        if (!isUnit(text, unitStart)) {
            return ParseResult.problem(NOT_A_DURATION);
        }
        String number = text.substring(0, numberEnd);
        String unit = text.substring(unitStart);
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

    /**
     * Where the leading decimal number ({@code digits} or {@code digits.digits}, ASCII) of {@code text} ends, or -1
     * when it does not start with one. Hand-written rather than a regular expression: the key catalogue parses its
     * defaults in premain, where compiling a pattern costs the application's start-up several milliseconds.
     */
    private static int numberEnd(String text) {
        int end = digitsEnd(text, 0);
        if (end == 0) {
            return -1;
        }
        if (end < text.length() && text.charAt(end) == '.') {
            int fractionEnd = digitsEnd(text, end + 1);
            return fractionEnd > end + 1 ? fractionEnd : -1;
        }
        return end;
    }

    private static int digitsEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** Whether everything from {@code from} on is letters a-z or µ (possibly nothing). */
    private static boolean isUnit(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z') && c != 'µ') {
                return false;
            }
        }
        return true;
    }

    /** The white space a regular expression's {@code \s} means: space, tab, line breaks, form feed, vertical tab. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
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
