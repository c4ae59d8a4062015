package io.perfagent.core.sql;

/**
 * Read position over one raw statement plus the work counter that lets a test prove the lexer linear
 * ({@code SqlSanitizerPropertyTest}). One instance per sanitize call; not shared between threads.
 */
final class SqlCursor {

    final String text;
    final int length;
    int pos;
    private long steps;
    private int lastIndex = -1;
    private char last;

    SqlCursor(String text) {
        this.text = text;
        this.length = text.length();
    }

    /**
     * The char at {@code i}, or NUL past the end. Every read is one unit of work, except asking again for the
     * char just read: the lexer often decides on a char in one place and dispatches on it in another.
     */
    char at(int i) {
        if (i != lastIndex) {
            lastIndex = i;
            last = i < length ? text.charAt(i) : '\0';
            steps++;
        }
        return last;
    }

    /** Counts work done without {@link #at}, e.g. a keyword comparison of {@code n} chars. */
    void work(int n) {
        steps += n;
    }

    long steps() {
        return steps;
    }

    boolean hasMore() {
        return pos < length;
    }
}
