package io.perfagent.core.sql;

/**
 * Builds the report key from the token stream: literals become {@code ?}, blanks and comments become one space,
 * and lists of only {@code ?} collapse so that batch sizes do not multiply keys: {@code IN (?, ?, ?)} becomes
 * {@code IN (?)} and {@code VALUES (?, ?), (?, ?)} keeps its first row only. A list is held back in a pending
 * buffer while it is still made only of {@code ?}; each char is buffered at most once, so the work stays linear.
 * One instance per sanitize call; not shared between threads.
 */
final class SqlKeyWriter {

    private enum State { NORMAL, IN_LIST, FIRST_ROW, AFTER_ROW, ROW_OPEN, NEXT_ROW }

    private final String sql;
    private final CappedText out;
    private final CappedText pending;
    private final PlaceholderList list = new PlaceholderList();
    private State state = State.NORMAL;
    private boolean inListSpace;
    private boolean afterIn;
    private boolean afterValues;

    SqlKeyWriter(String sql, int maxLength) {
        this.sql = sql;
        this.out = new CappedText(maxLength);
        this.pending = new CappedText(maxLength);
    }

    void accept(TokenKind kind, int start, int end, boolean space) {
        boolean item = kind == TokenKind.LITERAL || (kind == TokenKind.PLACEHOLDER && sql.charAt(start) == '?');
        char symbol = kind == TokenKind.SYMBOL && end - start == 1 ? sql.charAt(start) : 0;
        if (state != State.NORMAL && held(kind, start, end, space, item, symbol)) {
            return;
        }
        if (symbol == '(' && afterIn) {
            hold(State.IN_LIST, kind, start, end, space);
            inListSpace = space;
        } else {
            if (symbol == '(' && afterValues) {
                state = State.FIRST_ROW;
                list.open();
            }
            write(out, kind, start, end, space && !out.isEmpty());
        }
        afterIn = kind == TokenKind.WORD && isWord(start, end, "IN");
        afterValues = kind == TokenKind.WORD && isWord(start, end, "VALUES");
    }

    /** True when the token belongs to the list being collapsed; false once the list has ended. */
    private boolean held(TokenKind kind, int start, int end, boolean space, boolean item, char symbol) {
        boolean inPending = state == State.IN_LIST || state == State.NEXT_ROW;
        if (inPending || state == State.FIRST_ROW) {
            boolean pure = list.accept(item, symbol);
            boolean closed = !pure && symbol == ')' && list.isComplete();
            if (pure || (closed && state == State.FIRST_ROW)) {
                write(inPending ? pending : out, kind, start, end, space);
                state = closed ? State.AFTER_ROW : state;
                return true;
            }
            if (closed) {
                collapse();
                return true;
            }
        } else if (state == State.AFTER_ROW && symbol == ',') {
            hold(State.ROW_OPEN, kind, start, end, space);
            return true;
        } else if (state == State.ROW_OPEN && symbol == '(') {
            state = State.NEXT_ROW;
            list.open();
            write(pending, kind, start, end, space);
            return true;
        }
        out.append(pending);
        pending.clear();
        state = State.NORMAL;
        return false;
    }

    private void hold(State next, TokenKind kind, int start, int end, boolean space) {
        pending.clear();
        state = next;
        list.open();
        write(pending, kind, start, end, space);
    }

    /** A pure list just closed: an IN list is written as (?), a further VALUES row is dropped. */
    private void collapse() {
        if (state == State.IN_LIST) {
            if (inListSpace) {
                out.append(' ');
            }
            out.append("(?)", 0, 3);
            state = State.NORMAL;
        } else {
            state = State.AFTER_ROW;
        }
        pending.clear();
        afterIn = false;
    }

    private void write(CappedText target, TokenKind kind, int start, int end, boolean space) {
        if (space) {
            target.append(' ');
        }
        if (kind == TokenKind.LITERAL) {
            target.append('?');
        } else {
            target.append(sql, start, end);
        }
    }

    private boolean isWord(int start, int end, String word) {
        return end - start == word.length() && sql.regionMatches(true, start, word, 0, word.length());
    }

    /** Flushes a list left open at the end of the input, then returns the key. */
    String finish() {
        out.append(pending);
        pending.clear();
        return out.toString();
    }

    boolean isFull() {
        return out.isFull();
    }
}
