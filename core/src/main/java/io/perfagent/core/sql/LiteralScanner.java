package io.perfagent.core.sql;

/**
 * Finds where quoted strings, quoted names, dollar-quoted bodies and numbers end. Each method reads forward only,
 * so every input char is inspected a bounded number of times. Stateless; the cursor it is given is per call.
 */
final class LiteralScanner {

    /** Returned when the closing quote is missing: the caller treats the rest of the input as one literal. */
    static final int UNTERMINATED = -1;

    private LiteralScanner() {
    }

    /**
     * A '...' string whose opening quote is at {@code quote}; {@code ''} is an escaped quote. Backslash escapes
     * are dialect-dependent: MySQL honours them, PostgreSQL does not outside E'..'. Reading {@code \'} the wrong
     * way flips which later text is inside quotes, so in a plain string {@code \'} counts as an escape only when a
     * word char follows ({@code 'O\'Brien'}), where the other reading would not be valid SQL. Any other
     * {@code \'} is reported as unterminated, so the rest of the statement is redacted under either reading.
     */
    static int string(SqlCursor in, int quote, boolean backslashEscapes) {
        int i = quote + 1;
        while (i < in.length) {
            char c = in.at(i);
            if (c == '\\') {
                if (!backslashEscapes && in.at(i + 1) == '\'' && !isWordChar(in.at(i + 2))) {
                    return UNTERMINATED;
                }
                i += 2;
            } else if (c != '\'') {
                i++;
            } else if (in.at(i + 1) == '\'') {
                i += 2;
            } else {
                return i + 1;
            }
        }
        return UNTERMINATED;
    }

    /** A "name" or `name` whose opening quote char {@code q} is at {@code quote}; a doubled quote is escaped. */
    static int quotedName(SqlCursor in, int quote, char q) {
        int i = quote + 1;
        while (i < in.length) {
            if (in.at(i) != q) {
                i++;
            } else if (in.at(i + 1) == q) {
                i += 2;
            } else {
                return i + 1;
            }
        }
        return UNTERMINATED;
    }

    /**
     * The body after an opening {@code $tag$} spanning [{@code open}, {@code bodyStart}). A tag never contains
     * {@code $}, so after a failed match at a {@code $} the scan resumes where the mismatch was: no char is
     * compared more than twice.
     */
    static int dollarBody(SqlCursor in, int open, int bodyStart) {
        int tagLength = bodyStart - open;
        int i = bodyStart;
        while (i < in.length) {
            if (in.at(i) != '$') {
                i++;
                continue;
            }
            int matched = 1;
            while (matched < tagLength && in.at(i + matched) == in.text.charAt(open + matched)) {
                matched++;
            }
            if (matched == tagLength) {
                return i + tagLength;
            }
            i += matched;
        }
        return UNTERMINATED;
    }

    /**
     * A number whose first char {@code first} (a digit, or a '.' before a digit) is at {@code i}: 0x1F, 12, 1.5,
     * .5, 1e-5, 2.5E+3. Each char is read once; past the end {@link SqlCursor#at} gives NUL, which stops a loop.
     */
    static int number(SqlCursor in, int i, char first) {
        if (first == '0') {
            char x = in.at(i + 1);
            if ((x == 'x' || x == 'X') && isHex(in.at(i + 2))) {
                i += 3;
                while (isHex(in.at(i))) {
                    i++;
                }
                return i;
            }
        }
        char c = first;
        while (isDigit(c)) {
            c = in.at(++i);
        }
        if (c == '.') {
            c = in.at(++i);
            while (isDigit(c)) {
                c = in.at(++i);
            }
        }
        if (c == 'e' || c == 'E') {
            int j = i + 1;
            char d = in.at(j);
            if (d == '+' || d == '-') {
                d = in.at(++j);
            }
            while (isDigit(d)) {
                d = in.at(++j);
                i = j;
            }
        }
        return i;
    }

    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
