package io.perfagent.core.sql;

import java.util.Locale;
import java.util.Set;

/**
 * Single forward pass over a raw statement, one token per {@link #next()} call. Whitespace and comments are
 * skipped and reported as {@link #spaceBefore()}; it never backtracks, so its work is linear in the input length.
 * One instance per sanitize call; not shared between threads.
 */
final class SqlLexer {

    /** After these words a '-' before a digit is a sign ({@code THEN -1}), elsewhere after a word it subtracts. */
    private static final Set<String> SIGN_KEYWORDS = Set.of("SELECT", "WHERE", "AND", "OR", "NOT", "WHEN", "THEN",
            "ELSE", "CASE", "BY", "IN", "IS", "LIKE", "BETWEEN", "LIMIT", "OFFSET", "SET", "VALUES", "RETURN", "ON",
            "HAVING", "DEFAULT", "ALL", "ANY", "SOME");

    private final SqlCursor in;
    private TokenKind kind = TokenKind.END;
    private TokenKind previous = TokenKind.END;
    private int start;
    private int end;
    private int previousStart;
    private int previousEnd;
    private boolean spaceBefore;

    SqlLexer(String sql) {
        this.in = new SqlCursor(sql);
    }

    TokenKind next() {
        previous = kind;
        previousStart = start;
        previousEnd = end;
        spaceBefore = BlankSkipper.skip(in);
        start = in.pos;
        kind = in.hasMore() ? scan(in.at(in.pos)) : TokenKind.END;
        end = in.pos;
        return kind;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    boolean spaceBefore() {
        return spaceBefore;
    }

    long steps() {
        return in.steps();
    }

    private TokenKind scan(char c) {
        int p = in.pos;
        switch (c) {
            case '\'':
                return literalEndingAt(LiteralScanner.string(in, p, false));
            case '"':
            case '`':
                return quotedName(LiteralScanner.quotedName(in, p, c));
            case '$':
                return dollar(p);
            case '?':
                in.pos = p + 1;
                return TokenKind.PLACEHOLDER;
            case ':':
                return colon(p);
            case '-':
                return minus(p);
            case '.':
                return LiteralScanner.isDigit(in.at(p + 1)) ? number(p, c) : symbol(p + 1);
            default:
                if (LiteralScanner.isDigit(c)) {
                    return number(p, c);
                }
                if (isWordStart(c)) {
                    return word(p);
                }
                boolean pair = Character.isHighSurrogate(c) && Character.isLowSurrogate(in.at(p + 1));
                return symbol(p + (pair ? 2 : 1));
        }
    }

    private TokenKind word(int p) {
        int i = p + 1;
        char c = in.at(i);
        while (isWordPart(c)) {
            c = in.at(++i);
        }
        if (i == p + 1 && c == '\'' && "EeNnXxBb".indexOf(in.text.charAt(p)) >= 0) {
            boolean escapes = in.text.charAt(p) == 'E' || in.text.charAt(p) == 'e';
            return literalEndingAt(LiteralScanner.string(in, i, escapes)); // E'..', N'..', X'..', B'..'
        }
        in.pos = i;
        return isBoolean(p, i) ? TokenKind.LITERAL : TokenKind.WORD;
    }

    private boolean isBoolean(int from, int to) {
        int length = to - from;
        if (length != 4 && length != 5) {
            return false;
        }
        in.work(length);
        return in.text.regionMatches(true, from, length == 4 ? "TRUE" : "FALSE", 0, length);
    }

    /** {@code $1} placeholder, {@code $$..$$} or {@code $tag$..$tag$} body, else {@code $name} kept as a word. */
    private TokenKind dollar(int p) {
        char c = in.at(p + 1);
        if (LiteralScanner.isDigit(c)) {
            int i = p + 1;
            while (i < in.length && LiteralScanner.isDigit(in.at(i))) {
                i++;
            }
            in.pos = i;
            return TokenKind.PLACEHOLDER;
        }
        if (c == '$') {
            return literalEndingAt(LiteralScanner.dollarBody(in, p, p + 2));
        }
        if (!isWordStart(c)) {
            return symbol(p + 1);
        }
        int i = p + 2;
        char t = in.at(i);
        while (isTagPart(t)) {
            t = in.at(++i);
        }
        if (t == '$') {
            return literalEndingAt(LiteralScanner.dollarBody(in, p, i + 1));
        }
        in.pos = i; // no backtracking: "$name" is simply kept as written
        return TokenKind.WORD;
    }

    private TokenKind colon(int p) {
        char c = in.at(p + 1);
        if (c == ':') {
            return symbol(p + 2); // PostgreSQL cast, not a named parameter
        }
        if (!isWordStart(c)) {
            return symbol(p + 1);
        }
        int i = p + 2;
        while (i < in.length && isWordPart(in.at(i))) {
            i++;
        }
        in.pos = i;
        return TokenKind.PLACEHOLDER;
    }

    private TokenKind minus(int p) {
        char c = in.at(p + 1);
        boolean number = LiteralScanner.isDigit(c) || (c == '.' && LiteralScanner.isDigit(in.at(p + 2)));
        return number && signAllowed() ? number(p + 1, c) : symbol(p + 1);
    }

    private TokenKind number(int p, char first) {
        in.pos = LiteralScanner.number(in, p, first);
        return TokenKind.LITERAL;
    }

    private TokenKind literalEndingAt(int endExclusive) {
        in.pos = endExclusive == LiteralScanner.UNTERMINATED ? in.length : endExclusive;
        return TokenKind.LITERAL;
    }

    /** An unterminated quoted name becomes a literal: whatever follows the quote might be a secret. */
    private TokenKind quotedName(int endExclusive) {
        return endExclusive == LiteralScanner.UNTERMINATED ? literalEndingAt(endExclusive) : named(endExclusive);
    }

    private TokenKind named(int endExclusive) {
        in.pos = endExclusive;
        return TokenKind.QUOTED_NAME;
    }

    private TokenKind symbol(int endExclusive) {
        in.pos = endExclusive;
        return TokenKind.SYMBOL;
    }

    /** A minus is a sign unless it follows an operand: a name, a value, a placeholder or a closing bracket. */
    private boolean signAllowed() {
        switch (previous) {
            case QUOTED_NAME:
            case LITERAL:
            case PLACEHOLDER:
                return false;
            case SYMBOL:
                char c = in.text.charAt(previousStart);
                return c != ')' && c != ']' && c != '}';
            case WORD:
                int length = previousEnd - previousStart;
                if (length > 7) {
                    return false;
                }
                in.work(length);
                return SIGN_KEYWORDS.contains(
                        in.text.substring(previousStart, previousEnd).toUpperCase(Locale.ROOT));
            default:
                return true;
        }
    }

    private static boolean isWordStart(char c) {
        return c == '_' || Character.isLetter(c);
    }

    private static boolean isWordPart(char c) {
        return c == '_' || c == '$' || Character.isLetterOrDigit(c);
    }

    private static boolean isTagPart(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
