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

    /** A number starting at {@code i} (a digit, or a '.' before a digit): 0x1F, 12, 1.5, .5, 1e-5, 2.5E+3. */
    static int number(SqlCursor in, int i) {
        char x = in.at(i + 1);
        if (in.at(i) == '0' && (x == 'x' || x == 'X') && isHex(in.at(i + 2))) {
            i += 2;
            while (i < in.length && isHex(in.at(i))) {
                i++;
            }
            return i;
        }
        i = digits(in, i);
        if (in.at(i) == '.') {
            i = digits(in, i + 1);
        }
        char e = in.at(i);
        if (e == 'e' || e == 'E') {
            int j = i + 1;
            char sign = in.at(j);
            if (sign == '+' || sign == '-') {
                j++;
            }
            if (isDigit(in.at(j))) {
                i = digits(in, j);
            }
        }
        return i;
    }

    private static int digits(SqlCursor in, int i) {
        while (i < in.length && isDigit(in.at(i))) {
            i++;
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
