package io.perfagent.core.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Parses one raw configuration string as each {@link ConfigKey.Type}. Every method returns a {@link ParseResult}
 * holding either the value or a one-phrase reason; none throws on bad input.
 *
 * <ul>
 *   <li>DURATION: {@code 250us}, {@code 500ms}, {@code 1.5s}, {@code 1m}, {@code 1h}; a bare number is refused.</li>
 *   <li>SIZE: bytes, with binary units ({@code 1KB} = 1024 bytes, like KiB); see {@link SizeParser}.</li>
 *   <li>BOOLEAN: true/false, yes/no, on/off, case-insensitive.</li>
 *   <li>INT: a whole number that fits an {@code int}. PERCENT: 0..100, with or without {@code %}.</li>
 *   <li>STRING: any text without control characters (other than tab), trimmed.</li>
 *   <li>LIST: split on commas and newlines outside parentheses, trimmed, empties dropped.</li>
 * </ul>
 *
 * <p>Stateless; safe to call from any thread.
 */
public final class ValueParsers {


    private ValueParsers() {
    }

    /** Parses {@code raw} as {@code type}; the value's class is Boolean, Integer, Duration, Long, String, List or Double. */
    public static ParseResult<?> parse(ConfigKey.Type type, String raw) {
        return switch (type) {
            case BOOLEAN -> bool(raw);
            case INT -> integer(raw);
            case DURATION -> duration(raw);
            case SIZE -> size(raw);
            case STRING -> string(raw);
            case LIST -> list(raw);
            case PERCENT -> percent(raw);
        };
    }

    public static ParseResult<Duration> duration(String raw) {
        return DurationParser.parse(raw);
    }

    public static ParseResult<Long> size(String raw) {
        return SizeParser.parse(raw);
    }

    public static ParseResult<Boolean> bool(String raw) {
        String s = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "true", "yes", "on" -> ParseResult.ok(true);
            case "false", "no", "off" -> ParseResult.ok(false);
            default -> ParseResult.problem("is not true or false");
        };
    }

    public static ParseResult<Integer> integer(String raw) {
        String s = raw == null ? "" : raw.trim();
        if (!isWholeNumber(s)) {
            return ParseResult.problem("is not a whole number");
        }
        long v = Long.parseLong(s);
        return v < Integer.MIN_VALUE || v > Integer.MAX_VALUE
                ? ParseResult.problem("is too large for a whole number") : ParseResult.ok((int) v);
    }

    public static ParseResult<Double> percent(String raw) {
        String number = percentNumber(raw == null ? "" : raw.trim());
        double v = number != null ? Double.parseDouble(number) : -1;
        return v < 0 || v > 100 ? ParseResult.problem("is not a percentage between 0 and 100") : ParseResult.ok(v);
    }

    public static ParseResult<String> string(String raw) {
        String s = raw == null ? "" : raw.trim();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i)) && s.charAt(i) != '\t') {
                return ParseResult.problem("is not text (it contains a control character)");
            }
        }
        return ParseResult.ok(s);
    }

    public static ParseResult<List<String>> list(String raw) {
        String s = raw == null ? "" : raw;
        if (!TopLevelSplitter.isBalanced(s)) {
            return ParseResult.problem("is not a list (its parentheses do not balance)");
        }
        List<String> items = new ArrayList<>();
        for (String item : TopLevelSplitter.split(s, true)) {
            String trimmed = item.trim();
            if (!trimmed.isEmpty()) {
                items.add(trimmed);
            }
        }
        return ParseResult.ok(Collections.unmodifiableList(items));
    }

    /** An optional sign and 1-10 ASCII digits. Plain code, no regex: values are parsed in premain. */
    private static boolean isWholeNumber(String s) {
        int start = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
        int digits = s.length() - start;
        return digits >= 1 && digits <= 10 && digitsBetween(s, start, s.length());
    }

    /** The number of a percentage, "ddd[.d+]" then optional blanks and an optional '%'; null when it is not one. */
    private static String percentNumber(String s) {
        int end = s.length();
        if (end > 0 && s.charAt(end - 1) == '%') {
            end--;
        }
        while (end > 0 && " \t\n\u000B\f\r".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        String number = s.substring(0, end);
        int dot = number.indexOf('.');
        int whole = dot < 0 ? number.length() : dot;
        boolean wholeOk = whole >= 1 && whole <= 3 && digitsBetween(number, 0, whole);
        boolean fractionOk = dot < 0 || (dot + 1 < number.length() && digitsBetween(number, dot + 1, number.length()));
        return wholeOk && fractionOk ? number : null;
    }

    private static boolean digitsBetween(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
