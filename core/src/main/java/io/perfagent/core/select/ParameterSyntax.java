package io.perfagent.core.select;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the text between the parentheses of a pattern into a {@link ParameterList}: {@code ..} any, empty none,
 * else comma-separated types. Generic arguments are dropped (selection sees erased types) and varargs
 * {@code String...} become {@code String[]}. Stateless.
 */
final class ParameterSyntax {

    private ParameterSyntax() {
    }

    static ParameterList parse(String inside) throws MalformedPatternException {
        String trimmed = inside.trim();
        if (trimmed.equals("..")) {
            return ParameterList.ANY;
        }
        if (trimmed.isEmpty()) {
            return ParameterList.of(List.of());
        }
        List<String> types = new ArrayList<>();
        for (String raw : splitTopLevel(trimmed)) {
            types.add(normalise(eraseGenerics(raw).trim()));
        }
        return ParameterList.of(types);
    }

    private static List<String> splitTopLevel(String text) throws MalformedPatternException {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>' && --depth < 0) {
                throw new MalformedPatternException("unbalanced '<' and '>' in parameter types");
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (depth != 0) {
            throw new MalformedPatternException("unbalanced '<' and '>' in parameter types");
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static String eraseGenerics(String type) {
        StringBuilder out = new StringBuilder(type.length());
        int depth = 0;
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String normalise(String type) throws MalformedPatternException {
        String base = type.endsWith("...") ? type.substring(0, type.length() - 3).trim() + "[]" : type;
        int dims = 0;
        String element = base;
        while (element.endsWith("[]")) {
            element = element.substring(0, element.length() - 2).trim();
            dims++;
        }
        if (element.isEmpty()) {
            throw new MalformedPatternException("empty parameter type");
        }
        if (!element.equals("*")) {
            for (String segment : element.split("\\.", -1)) {
                if (segment.isEmpty()) {
                    throw new MalformedPatternException("empty package segment in parameter type '" + type + "'");
                }
                NameSyntax.checkChars(segment, false);
                if (segment.indexOf('*') >= 0 || segment.indexOf('?') >= 0) {
                    throw new MalformedPatternException("wildcards in parameter type '" + type
                            + "' (use * for any one parameter)");
                }
            }
        } else if (dims > 0) {
            throw new MalformedPatternException("wildcards in parameter type '" + type + "'");
        }
        return element + "[]".repeat(dims);
    }
}
