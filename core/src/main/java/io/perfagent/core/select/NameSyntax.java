package io.perfagent.core.select;

/**
 * Checks the class, annotation and method name parts of a pattern and compiles them to {@link Glob}s, with the
 * two conveniences of the grammar: a trailing {@code .*} means "this package and its sub-packages", and a lone
 * {@code *} means every class. Stateless.
 */
final class NameSyntax {

    private NameSyntax() {
    }

    static Glob typeGlob(String text, String what) throws MalformedPatternException {
        if (text.isEmpty()) {
            throw new MalformedPatternException("missing " + what);
        }
        if (text.equals("*")) {
            return Glob.compile("**");
        }
        for (String segment : text.split("\\.", -1)) {
            if (segment.isEmpty()) {
                throw new MalformedPatternException("empty package segment");
            }
            checkChars(segment, false);
        }
        if (text.endsWith(".*")) {
            return Glob.compile(text + "*");
        }
        return Glob.compile(text);
    }

    static Glob methodGlob(String text) throws MalformedPatternException {
        if (text.isEmpty()) {
            throw new MalformedPatternException("missing method name after '#'");
        }
        if (text.equals("<clinit>")) {
            throw new MalformedPatternException("static initialisers are never timed");
        }
        if (!text.equals(MethodPattern.CONSTRUCTOR)) {
            checkChars(text, false);
        }
        return Glob.compile(text);
    }

    /**
     * Accepts Java identifier characters, {@code -} (other JVM languages write it into names the JVM allows, such as
     * Kotlin's {@code toFeet-impl}) and the glob wildcards; {@code dotsAllowed} for parameter types.
     */
    static void checkChars(String text, boolean dotsAllowed) throws MalformedPatternException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c)
                    || c == '-' || c == '*' || c == '?' || dotsAllowed && c == '.';
            if (!ok) {
                throw new MalformedPatternException(Character.isWhitespace(c)
                        ? "unexpected space" : "unexpected character '" + c + "'");
            }
        }
    }
}
