package io.perfagent.core.select;

import java.util.List;

/**
 * The parameter part of a method pattern: {@code (..)} any, {@code ()} none, or one type per parameter. A type
 * matches a parameter when it equals the parameter's name or is a dotted suffix of it, so {@code String} and
 * {@code java.lang.String} both match {@code java.lang.String}, and {@code Map.Entry} matches
 * {@code java.util.Map$Entry}; {@code *} matches any one parameter. Immutable and thread-safe.
 */
public final class ParameterList {

    /** {@code (..)}, also what a pattern without parentheses means. */
    public static final ParameterList ANY = new ParameterList(null);

    private final List<String> types;

    private ParameterList(List<String> types) {
        this.types = types;
    }

    /** Exact parameter types, already normalised by the parser ({@code int[]}, no generics). */
    public static ParameterList of(List<String> types) {
        return new ParameterList(List.copyOf(types));
    }

    public boolean isAny() {
        return types == null;
    }

    /** The types written, or null for {@link #ANY}. */
    public List<String> types() {
        return types;
    }

    public boolean matches(List<String> actual) {
        if (types == null) {
            return true;
        }
        if (actual.size() != types.size()) {
            return false;
        }
        for (int i = 0; i < types.size(); i++) {
            if (!typeMatches(types.get(i), actual.get(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean typeMatches(String written, String actual) {
        if (written.equals("*")) {
            return true;
        }
        int start = actual.length() - written.length();
        if (start < 0) {
            return false;
        }
        for (int i = 0; i < written.length(); i++) {
            if (!Glob.same(written.charAt(i), actual.charAt(start + i))) {
                return false;
            }
        }
        if (start == 0) {
            return true;
        }
        char before = actual.charAt(start - 1);
        return before == '.' || before == '$';
    }

    @Override
    public String toString() {
        return types == null ? "(..)" : "(" + String.join(", ", types) + ")";
    }
}
