package io.perfagent.core.sql;

/**
 * Skips whitespace, control chars and comments ({@code --} to end of line, nested {@code /* *\/}) for
 * {@link SqlLexer}; the caller reports what was skipped as one space. Stateless; the cursor is per call.
 */
final class BlankSkipper {

    private BlankSkipper() {
    }

    /** Skips blanks and comments at the cursor; true if anything was skipped. */
    static boolean skip(SqlCursor in) {
        boolean skipped = false;
        while (in.hasMore()) {
            char c = in.at(in.pos);
            if (isBlank(c)) {
                in.pos++;
            } else if (c == '-' && in.at(in.pos + 1) == '-') {
                skipLineComment(in);
            } else if (c == '/' && in.at(in.pos + 1) == '*') {
                skipBlockComment(in);
            } else {
                return skipped;
            }
            skipped = true;
        }
        return skipped;
    }

    private static void skipLineComment(SqlCursor in) {
        int i = in.pos + 2;
        while (i < in.length) {
            char c = in.at(i);
            if (c == '\n' || c == '\r') {
                break;
            }
            i++;
        }
        in.pos = i;
    }

    /** Nested PostgreSQL-style; an unterminated comment swallows the rest, so nothing inside it can leak. */
    private static void skipBlockComment(SqlCursor in) {
        int depth = 1;
        int i = in.pos + 2;
        while (i < in.length && depth > 0) {
            char c = in.at(i);
            if (c == '*' && in.at(i + 1) == '/') {
                depth--;
                i += 2;
            } else if (c == '/' && in.at(i + 1) == '*') {
                depth++;
                i += 2;
            } else {
                i++;
            }
        }
        in.pos = Math.min(i, in.length);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }
}
