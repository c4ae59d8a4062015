package io.perfagent.core.sql;

/** What {@link SqlLexer} found; {@link #LITERAL} tokens are written as {@code ?} and never as their text. */
enum TokenKind {
    /** Unquoted identifier or keyword, kept as written. */
    WORD,
    /** "double-quoted" or `back-quoted` identifier, kept as written. */
    QUOTED_NAME,
    /** A value (string, number, boolean, dollar-quoted body) or an unterminated quote: written as {@code ?}. */
    LITERAL,
    /** JDBC or driver parameter: {@code ?}, {@code :name}, {@code $1}; kept as written. */
    PLACEHOLDER,
    /** Any other single character (or {@code ::}), kept as written. */
    SYMBOL,
    END
}
