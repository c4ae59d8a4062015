package io.perfagent.core.select;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the items of {@code methods.include}/{@code methods.exclude} into {@link MethodPattern}s (grammar in
 * docs/grammar.md). Never throws at the user: a malformed item is left out with one warning line naming the key,
 * the item and the reason; blank items are skipped and repeated items kept once. Stateless and thread-safe.
 */
public final class MethodPatternParser {

    private MethodPatternParser() {
    }

    public static ParseResult parse(String sourceKey, List<String> items) {
        List<MethodPattern> patterns = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String item : items == null ? List.<String>of() : items) {
            String text = item == null ? "" : item.trim();
            if (text.isEmpty() || !seen.add(text)) {
                continue;
            }
            try {
                patterns.add(parseOne(text));
            } catch (MalformedPatternException e) {
                warnings.add("perfagent: " + sourceKey + " pattern \"" + text + "\" is malformed ("
                        + e.getMessage() + "); ignored");
            }
        }
        return new ParseResult(patterns, warnings);
    }

    static MethodPattern parseOne(String text) throws MalformedPatternException {
        if (Visibility.fromKeyword(text) != null) {
            throw new MalformedPatternException("missing class name");
        }
        Visibility visibility = null;
        String rest = text;
        int space = firstSpaceBeforeParenthesis(text);
        if (space >= 0) {
            String word = text.substring(0, space);
            visibility = Visibility.fromKeyword(word);
            if (visibility == null) {
                throw new MalformedPatternException(word.chars().allMatch(Character::isLowerCase)
                        ? "unknown modifier '" + word + "'" : "unexpected space");
            }
            rest = text.substring(space).trim();
        }
        if (rest.startsWith("@@")) {
            return withMethodPart(text, visibility, MethodPattern.Kind.TYPE_ANNOTATION, rest.substring(2),
                    "annotation name after '@@'");
        }
        if (rest.startsWith("@")) {
            String annotation = rest.substring(1);
            if (annotation.indexOf('#') >= 0) {
                throw new MalformedPatternException("'@' selects methods by annotation alone; no '#' part");
            }
            return new MethodPattern(text, visibility, MethodPattern.Kind.METHOD_ANNOTATION,
                    NameSyntax.typeGlob(annotation, "annotation name after '@'"), Glob.compile("*"),
                    ParameterList.ANY);
        }
        int hash = rest.indexOf('#');
        String type = hash < 0 ? rest : rest.substring(0, hash);
        MethodPattern.Kind kind = type.endsWith("+") ? MethodPattern.Kind.SUBTYPE : MethodPattern.Kind.TYPE;
        return withMethodPart(text, visibility, kind, rest, "class name");
    }

    private static MethodPattern withMethodPart(String text, Visibility visibility, MethodPattern.Kind kind,
                                                String target, String what) throws MalformedPatternException {
        int hash = target.indexOf('#');
        String typePart = hash < 0 ? target : target.substring(0, hash);
        if (kind == MethodPattern.Kind.SUBTYPE && typePart.endsWith("+")) {
            typePart = typePart.substring(0, typePart.length() - 1);
        }
        Glob subject = NameSyntax.typeGlob(typePart, what);
        if (hash < 0) {
            return new MethodPattern(text, visibility, kind, subject, Glob.compile("*"), ParameterList.ANY);
        }
        String method = target.substring(hash + 1);
        int open = method.indexOf('(');
        if (open < 0) {
            if (method.indexOf(')') >= 0) {
                throw new MalformedPatternException("')' without '('");
            }
            return new MethodPattern(text, visibility, kind, subject, NameSyntax.methodGlob(method),
                    ParameterList.ANY);
        }
        int close = method.indexOf(')', open);
        if (close < 0) {
            throw new MalformedPatternException("missing ')'");
        }
        if (close != method.length() - 1) {
            throw new MalformedPatternException("unexpected text after ')'");
        }
        Glob name = NameSyntax.methodGlob(method.substring(0, open).trim());
        return new MethodPattern(text, visibility, kind, subject, name,
                ParameterSyntax.parse(method.substring(open + 1, close)));
    }

    private static int firstSpaceBeforeParenthesis(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                return -1;
            }
            if (Character.isWhitespace(c)) {
                return i;
            }
        }
        return -1;
    }
}
