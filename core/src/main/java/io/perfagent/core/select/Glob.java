package io.perfagent.core.select;

/**
 * A precompiled name glob used by method patterns: {@code *} matches any run of characters within one dotted
 * segment, {@code **} matches across segments, {@code ?} matches one non-separator character. A {@code .} in the
 * glob also matches {@code $} (so nested classes can be written {@code Outer.Inner}) and {@code /} (so JVM
 * internal names such as {@code com/example/Foo} match without being converted first).
 *
 * <p>Immutable and thread-safe. {@link #matches(String)} never allocates: it runs at class-load time for every
 * class the JVM defines.
 */
public final class Glob {

    private enum Shape { LITERAL, PREFIX, ANYTHING, GENERAL }

    private final String text;
    private final char[] chars;
    private final Shape shape;
    private final int prefixLength;

    private Glob(String text) {
        this.text = text;
        this.chars = text.toCharArray();
        int firstWildcard = firstWildcard(text);
        if (firstWildcard < 0) {
            shape = Shape.LITERAL;
        } else if (text.endsWith("**") && firstWildcard == text.length() - 2) {
            shape = firstWildcard == 0 ? Shape.ANYTHING : Shape.PREFIX;
        } else {
            shape = Shape.GENERAL;
        }
        prefixLength = Math.max(firstWildcard, 0);
    }

    /** Compiles {@code text}; the caller (the parser) has already rejected characters a name cannot hold. */
    public static Glob compile(String text) {
        return new Glob(text);
    }

    /** The glob exactly as compiled, e.g. {@code com.example.**}. */
    public String text() {
        return text;
    }

    /** True when the glob has no wildcard, i.e. names one thing. */
    public boolean isLiteral() {
        return shape == Shape.LITERAL;
    }

    /** True for {@code *} and {@code **} on a name that has no dots (method names), or {@code **} anywhere. */
    public boolean matchesAnyMethodName() {
        return shape == Shape.ANYTHING || text.equals("*");
    }

    public boolean matches(String name) {
        switch (shape) {
            case LITERAL:
                return name.length() == chars.length && sameRegion(name, chars.length);
            case ANYTHING:
                return true;
            case PREFIX:
                return name.length() >= prefixLength && sameRegion(name, prefixLength);
            default:
                return match(0, name, 0);
        }
    }

    private boolean sameRegion(String name, int length) {
        for (int i = 0; i < length; i++) {
            if (!same(chars[i], name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // Recursion depth is bounded by the number of stars in a user-written pattern: a handful at most.
    private boolean match(int pi, String name, int ni) {
        while (pi < chars.length) {
            char c = chars[pi];
            if (c == '*') {
                return matchStar(pi, name, ni);
            }
            if (ni >= name.length()) {
                return false;
            }
            char n = name.charAt(ni);
            if (c == '?' ? isSeparator(n) : !same(c, n)) {
                return false;
            }
            pi++;
            ni++;
        }
        return ni == name.length();
    }

    private boolean matchStar(int pi, String name, int ni) {
        int next = pi;
        while (next < chars.length && chars[next] == '*') {
            next++;
        }
        boolean crossesSegments = next - pi > 1;
        for (int k = ni; k <= name.length(); k++) {
            if (match(next, name, k)) {
                return true;
            }
            if (k < name.length() && !crossesSegments && isSeparator(name.charAt(k))) {
                return false;
            }
        }
        return false;
    }

    static boolean same(char globChar, char nameChar) {
        return globChar == nameChar || globChar == '.' && (nameChar == '$' || nameChar == '/');
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == '/';
    }

    private static int firstWildcard(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '?') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return text;
    }
}
