package io.perfagent.core.sql;

/**
 * Finds a statement's operation and first table from the token stream: the first keyword gives the operation
 * ({@code WITH} defers to the first main keyword outside the CTE parentheses, {@code {call ..}} and
 * {@code {? = call ..}} are CALL), the name after FROM / INTO / UPDATE / CALL at the same parenthesis depth gives
 * the table. Anything less simple leaves the table null. One instance per sanitize call; not shared between threads.
 */
final class SqlShapeDetector {

    private enum Step { START, ESCAPE, WITH, FIND_KEYWORD, NAME, NAME_DOT, AFTER_DOT, DONE }

    private final String sql;
    private final int maxTableLength;
    private Step step = Step.START;
    private SqlOperation operation = SqlOperation.OTHER;
    private String tableKeyword;
    private int depth;
    private int baseDepth;
    private int tableStart = -1;
    private int tableEnd;

    SqlShapeDetector(String sql, int maxTableLength) {
        this.sql = sql;
        this.maxTableLength = maxTableLength;
    }

    void accept(TokenKind kind, int start, int end, boolean space) {
        char symbol = kind == TokenKind.SYMBOL && end - start == 1 ? sql.charAt(start) : 0;
        boolean word = kind == TokenKind.WORD;
        boolean name = word || kind == TokenKind.QUOTED_NAME;
        depth += symbol == '(' ? 1 : symbol == ')' ? -1 : 0;
        switch (step) {
            case START -> step = symbol == '(' ? Step.START : symbol == '{' ? Step.ESCAPE
                    : word ? begin(start, end, true) : Step.DONE;
            case ESCAPE -> step = kind == TokenKind.PLACEHOLDER || symbol == '=' ? Step.ESCAPE
                    : word && is(start, end, "CALL") ? begin(start, end, false) : Step.DONE;
            case WITH, FIND_KEYWORD -> step = search(start, end, word, symbol);
            case NAME -> step = !name ? Step.DONE : word && is(start, end, "ONLY") ? Step.NAME : nameAt(start, end);
            case NAME_DOT -> step = symbol == '.' && !space ? Step.AFTER_DOT : Step.DONE;
            case AFTER_DOT -> step = name && !space ? nameContinues(end) : Step.DONE;
            default -> { }
        }
    }

    private Step search(int start, int end, boolean word, char symbol) {
        if (depth < baseDepth || (symbol == ';' && depth == baseDepth)) {
            return Step.DONE;
        }
        if (!word || depth != baseDepth) {
            return step;
        }
        if (step == Step.FIND_KEYWORD) {
            return is(start, end, tableKeyword) ? Step.NAME : step;
        }
        Step next = begin(start, end, false);
        return next == Step.DONE ? Step.WITH : next;
    }

    /** Classifies a statement's first keyword; {@code allowWith} is false once inside WITH or a JDBC escape. */
    private Step begin(int start, int end, boolean allowWith) {
        baseDepth = depth;
        if (is(start, end, "SELECT")) {
            return find(SqlOperation.SELECT, "FROM");
        } else if (is(start, end, "INSERT")) {
            return find(SqlOperation.INSERT, "INTO");
        } else if (is(start, end, "DELETE")) {
            return find(SqlOperation.DELETE, "FROM");
        } else if (is(start, end, "MERGE")) {
            return find(SqlOperation.MERGE, "INTO");
        } else if (is(start, end, "UPDATE")) {
            operation = SqlOperation.UPDATE;
            return Step.NAME;
        } else if (is(start, end, "CALL")) {
            operation = SqlOperation.CALL;
            return Step.NAME;
        }
        return allowWith && is(start, end, "WITH") ? Step.WITH : Step.DONE;
    }

    private Step find(SqlOperation op, String keyword) {
        operation = op;
        tableKeyword = keyword;
        return Step.FIND_KEYWORD;
    }

    private Step nameAt(int start, int end) {
        tableStart = start;
        return nameContinues(end);
    }

    private Step nameContinues(int end) {
        tableEnd = end;
        return Step.NAME_DOT;
    }

    private boolean is(int start, int end, String keyword) {
        return end - start == keyword.length() && sql.regionMatches(true, start, keyword, 0, keyword.length());
    }

    boolean isDone() {
        return step == Step.DONE;
    }

    SqlOperation operation() {
        return operation;
    }

    /** The table as written, or null when none was found or it is longer than the key cap. */
    String table() {
        boolean found = tableStart >= 0 && tableEnd - tableStart <= maxTableLength;
        return found ? sql.substring(tableStart, tableEnd) : null;
    }
}
