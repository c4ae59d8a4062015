package io.perfagent.core.sql;

/**
 * Turns a raw JDBC statement into a low-cardinality report key that holds no literal values, plus its operation
 * and first table. One forward pass with no backtracking: work is linear in the statement length and a statement
 * longer than the cap costs no more than reading it once. See {@code docs/sql.md} for what is replaced and kept.
 *
 * <p>Thread-safe and stateless apart from its immutable max length: one instance serves all threads.
 * It never throws: a null statement gives an empty key, and an internal failure gives the key {@code ?}.
 */
public final class SqlSanitizer {

    /** Default of {@code jdbc.max-sql-length}. */
    public static final int DEFAULT_MAX_LENGTH = 2048;
    /** Smaller configured lengths are raised to this, so a key always shows its operation and table. */
    public static final int MIN_MAX_LENGTH = 16;

    private static final SanitizedSql UNREADABLE = new SanitizedSql("?", SqlOperation.OTHER, null);

    private final int maxLength;

    public SqlSanitizer() {
        this(DEFAULT_MAX_LENGTH);
    }

    /** @param maxLength cap on the key length including the trailing ellipsis of a cut key */
    public SqlSanitizer(int maxLength) {
        this.maxLength = Math.max(MIN_MAX_LENGTH, maxLength);
    }

    public int maxLength() {
        return maxLength;
    }

    public SanitizedSql sanitize(String rawSql) {
        try {
            return measure(rawSql).result();
        } catch (RuntimeException e) {
            return UNREADABLE; // a key must never fail a JDBC call; "?" leaks nothing
        }
    }

    /** Same as {@link #sanitize} without the safety net, plus the lexer's work count (for the linearity test). */
    Measured measure(String rawSql) {
        String sql = rawSql == null ? "" : rawSql;
        SqlLexer lexer = new SqlLexer(sql);
        SqlKeyWriter key = new SqlKeyWriter(sql, maxLength);
        SqlShapeDetector shape = new SqlShapeDetector(sql, maxLength);
        for (TokenKind kind = lexer.next(); kind != TokenKind.END; kind = lexer.next()) {
            key.accept(kind, lexer.start(), lexer.end(), lexer.spaceBefore());
            shape.accept(kind, lexer.start(), lexer.end(), lexer.spaceBefore());
            if (key.isFull() && shape.isDone()) {
                break; // nothing more can change the result
            }
        }
        return new Measured(new SanitizedSql(key.finish(), shape.operation(), shape.table()), lexer.steps());
    }

    /** A result plus the number of char inspections it took. */
    record Measured(SanitizedSql result, long steps) {
    }
}
