package io.perfagent.core.config;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/**
 * Parses sizes in bytes: {@code 1024}, {@code 512KB}, {@code 16MB}, {@code 1GB}, {@code 1.5GB}, case-insensitive,
 * optional spaces. Units are binary: {@code KB}, {@code KiB} and {@code K} all mean 1024 bytes; {@code MB}/{@code
 * MiB}/{@code M} 1024², {@code GB}/{@code GiB}/{@code G} 1024³, {@code TB}/{@code TiB}/{@code T} 1024⁴; {@code B} or
 * no unit means bytes. (Binary because that is what the JVM's own -Xmx and most Java tools mean by "MB".)
 * Fractional bytes are rounded down.
 *
 * <p>Stateless; safe to call from any thread. Never throws on bad input.
 */
final class SizeParser {

    private static final long K = 1024L;
    private static final Map<String, Long> BYTES_PER_UNIT = Map.ofEntries(
            Map.entry("", 1L), Map.entry("b", 1L),
            Map.entry("k", K), Map.entry("kb", K), Map.entry("kib", K),
            Map.entry("m", K * K), Map.entry("mb", K * K), Map.entry("mib", K * K),
            Map.entry("g", K * K * K), Map.entry("gb", K * K * K), Map.entry("gib", K * K * K),
            Map.entry("t", K * K * K * K), Map.entry("tb", K * K * K * K), Map.entry("tib", K * K * K * K));
    private static final BigDecimal MAX_BYTES = BigDecimal.valueOf(Long.MAX_VALUE);
    static final String NOT_A_SIZE = "is not a size (e.g. 16MB)";

    private SizeParser() {
    }

    static ParseResult<Long> parse(String raw) {
        if (raw == null) {
            return ParseResult.problem(NOT_A_SIZE);
        }
        // digits, optionally a point and more digits, optional spaces, then letters: read by hand rather than with a
        // regular expression, which the agent's start would compile while the application starts
        String text = raw.trim().toLowerCase(Locale.ROOT);
        int numberEnd = digitsEnd(text, 0);
        if (numberEnd == 0) {
            return ParseResult.problem(NOT_A_SIZE);
        }
        if (numberEnd < text.length() && text.charAt(numberEnd) == '.') {
            int fractionEnd = digitsEnd(text, numberEnd + 1);
            if (fractionEnd == numberEnd + 1) {
                return ParseResult.problem(NOT_A_SIZE);
            }
            numberEnd = fractionEnd;
        }
        int unitStart = numberEnd;
        while (unitStart < text.length() && isSpace(text.charAt(unitStart))) {
            unitStart++;
        }
        int unitEnd = unitStart;
        while (unitEnd < text.length() && text.charAt(unitEnd) >= 'a' && text.charAt(unitEnd) <= 'z') {
            unitEnd++;
        }
        if (unitEnd != text.length()) {
            return ParseResult.problem(NOT_A_SIZE);
        }
        String unit = text.substring(unitStart);
        Long perUnit = BYTES_PER_UNIT.get(unit);
        if (perUnit == null) {
            return ParseResult.problem("is not a size: unknown unit \"" + unit + "\" (use B, KB, MB or GB)");
        }
        BigDecimal bytes = new BigDecimal(text.substring(0, numberEnd)).multiply(BigDecimal.valueOf(perUnit))
                .setScale(0, RoundingMode.DOWN);
        if (bytes.compareTo(MAX_BYTES) > 0) {
            return ParseResult.problem("is too large for a size");
        }
        return ParseResult.ok(bytes.longValueExact());
    }

    /** Space, tab, line feed, vertical tab, form feed or carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The index after the ASCII digits starting at {@code from}. */
    private static int digitsEnd(String text, int from) {
        int at = from;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        return at;
    }
}
