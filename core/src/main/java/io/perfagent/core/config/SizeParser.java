package io.perfagent.core.config;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern SHAPE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([a-z]*)");
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
        Matcher m = SHAPE.matcher(raw.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return ParseResult.problem(NOT_A_SIZE);
        }
        Long perUnit = BYTES_PER_UNIT.get(m.group(2));
        if (perUnit == null) {
            return ParseResult.problem("is not a size: unknown unit \"" + m.group(2) + "\" (use B, KB, MB or GB)");
        }
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(perUnit))
                .setScale(0, RoundingMode.DOWN);
        if (bytes.compareTo(MAX_BYTES) > 0) {
            return ParseResult.problem("is too large for a size");
        }
        return ParseResult.ok(bytes.longValueExact());
    }
}
