package io.perfagent.core.sink.prometheus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A deliberately strict reader of the Prometheus text exposition format 0.0.4, for tests: every line must be a HELP,
 * TYPE or comment line or a well-formed sample; escapes, numbers, family order and uniqueness are all checked, and
 * the first violation throws with the line number. Public in tests so integration tests can reuse the rules.
 */
public final class StrictExpositionParser {

    public record Sample(String name, Map<String, String> labels, double value) {
    }

    private static final Pattern METRIC = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Pattern FLOAT =
            Pattern.compile("NaN|[+-]Inf|[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Set<String> TYPES = Set.of("counter", "gauge", "histogram", "summary", "untyped");

    private final Map<String, String> typeOf = new LinkedHashMap<>();
    private final Set<String> helped = new HashSet<>();
    private final Set<String> finishedFamilies = new HashSet<>();
    private final Set<String> series = new HashSet<>();
    private final Set<String> sampled = new HashSet<>();
    private final List<Sample> samples = new ArrayList<>();
    private String currentFamily;
    private int lineNumber;

    public static List<Sample> parse(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("the exposition must end with a line feed");
        }
        StrictExpositionParser p = new StrictExpositionParser();
        for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
            p.lineNumber++;
            p.line(line);
        }
        return p.samples;
    }

    private void line(String line) {
        if (line.isEmpty()) {
            fail("empty line");
        } else if (line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
            meta(line);
        } else if (!line.startsWith("#")) {
            sample(line);
        }
    }

    private void meta(String line) {
        String[] parts = line.split(" ", 4);
        if (parts.length < 4 || !METRIC.matcher(parts[2]).matches()) {
            fail("malformed " + parts[1] + " line");
        }
        String name = parts[2];
        if (parts[1].equals("HELP")) {
            checkEscapes(parts[3], false);
            if (!helped.add(name)) {
                fail("second HELP for " + name);
            }
        } else {
            if (!TYPES.contains(parts[3])) {
                fail("unknown type " + parts[3]);
            }
            if (typeOf.containsKey(name)) {
                fail("second TYPE for " + name);
            }
            if (sampled.contains(name)) {
                fail("TYPE for " + name + " after its samples");
            }
            typeOf.put(name, parts[3]);
        }
        enterFamily(name);
    }

    private void sample(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) != '{' && line.charAt(i) != ' ') {
            i++;
        }
        String name = line.substring(0, i);
        if (!METRIC.matcher(name).matches()) {
            fail("bad metric name '" + name + "'");
        }
        Map<String, String> labels = new LinkedHashMap<>();
        if (i < line.length() && line.charAt(i) == '{') {
            i = labels(line, i + 1, labels);
        }
        if (i >= line.length() || line.charAt(i) != ' ') {
            fail("no single space before the value");
        }
        String[] rest = line.substring(i + 1).split(" ", -1);
        if (rest.length < 1 || rest.length > 2 || !FLOAT.matcher(rest[0]).matches()) {
            fail("bad value '" + line.substring(i + 1) + "'");
        }
        if (rest.length == 2 && !rest[1].matches("-?\\d+")) {
            fail("bad timestamp");
        }
        String family = familyOf(name);
        enterFamily(family);
        sampled.add(family);
        checkSummaryRules(family, name, labels, rest[0]);
        if (!series.add(name + labels)) {
            fail("duplicate series " + name + labels);
        }
        samples.add(new Sample(name, labels, number(rest[0])));
    }

    private int labels(String line, int i, Map<String, String> out) {
        while (true) {
            if (i < line.length() && line.charAt(i) == '}') {
                return i + 1;
            }
            int eq = line.indexOf('=', i);
            if (eq < 0) {
                fail("unterminated label set");
            }
            String label = line.substring(i, eq);
            if (!LABEL.matcher(label).matches() || label.startsWith("__")) {
                fail("bad label name '" + label + "'");
            }
            if (eq + 1 >= line.length() || line.charAt(eq + 1) != '"') {
                fail("label value not quoted");
            }
            StringBuilder value = new StringBuilder();
            int j = eq + 2;
            for (; ; j++) {
                if (j >= line.length()) {
                    fail("unterminated label value");
                }
                char c = line.charAt(j);
                if (c == '"') {
                    break;
                }
                if (c == '\\') {
                    char next = j + 1 < line.length() ? line.charAt(++j) : ' ';
                    switch (next) {
                        case '\\' -> value.append('\\');
                        case '"' -> value.append('"');
                        case 'n' -> value.append('\n');
                        default -> fail("bad escape \\" + next);
                    }
                } else {
                    value.append(c);
                }
            }
            if (out.put(label, value.toString()) != null) {
                fail("label " + label + " twice");
            }
            i = j + 1;
            if (i < line.length() && line.charAt(i) == ',') {
                i++;
            } else if (i >= line.length() || line.charAt(i) != '}') {
                fail("expected , or } after a label");
            }
        }
    }

    private String familyOf(String name) {
        for (String suffix : List.of("_sum", "_count", "_bucket")) {
            if (name.endsWith(suffix)) {
                String base = name.substring(0, name.length() - suffix.length());
                String type = typeOf.get(base);
                if ("summary".equals(type) || "histogram".equals(type)) {
                    return base;
                }
            }
        }
        return name;
    }

    private void checkSummaryRules(String family, String name, Map<String, String> labels, String value) {
        if (!"summary".equals(typeOf.get(family))) {
            return;
        }
        if (name.equals(family)) {
            String q = labels.get("quantile");
            if (q == null || !FLOAT.matcher(q).matches() || number(q) < 0 || number(q) > 1) {
                fail("summary sample without a quantile in 0..1");
            }
        } else if (labels.containsKey("quantile")) {
            fail("quantile label on " + name);
        }
        if (name.endsWith("_count") && !value.matches("\\d+")) {
            fail("_count must be a whole number");
        }
    }

    private void enterFamily(String family) {
        if (family.equals(currentFamily)) {
            return;
        }
        if (finishedFamilies.contains(family)) {
            fail("samples of " + family + " are not contiguous");
        }
        if (currentFamily != null) {
            finishedFamilies.add(currentFamily);
        }
        currentFamily = family;
    }

    private void checkEscapes(String text, boolean quotes) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                char next = i + 1 < text.length() ? text.charAt(++i) : ' ';
                if (next != '\\' && next != 'n' && !(quotes && next == '"')) {
                    fail("bad escape in HELP");
                }
            }
        }
    }

    private static double number(String v) {
        return switch (v) {
            case "NaN" -> Double.NaN;
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(v);
        };
    }

    private void fail(String problem) {
        throw new IllegalArgumentException("line " + lineNumber + ": " + problem);
    }
}
