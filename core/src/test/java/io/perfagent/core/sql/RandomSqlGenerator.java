package io.perfagent.core.sql;

import java.util.List;
import java.util.Random;

/**
 * Seeded generator of messy statements for {@link SqlSanitizerPropertyTest}: keywords, identifiers with digits,
 * placeholders, comments, junk bytes and unicode, with secret values planted as literals in every supported
 * literal form. Junk never contains quote or dollar chars: a stray quote would legitimately turn a planted
 * literal into plain SQL text, and the property is about values that are literals.
 */
final class RandomSqlGenerator {

    static final List<String> SECRETS = List.of("4111-1111-1111-1111", "s3cr3t", "123456789");

    private static final String[] KEYWORDS = {"SELECT", "select", "FROM", "WHERE", "IN", "in", "VALUES", "INSERT",
        "INTO", "UPDATE", "SET", "DELETE", "WITH", "AS", "CALL", "MERGE", "AND", "OR", "NOT", "NULL", "ORDER BY",
        "LIMIT", "THEN", "ELSE", "CASE", "WHEN", "END", "UNION ALL", "JOIN", "ON", "RETURNING", "true_flag"};
    private static final String[] IDENTIFIERS = {"t1", "col_2", "users", "a", "b", "x9", "\"weird 1\"",
        "\"a\"\"b\"", "`db1`.`t2`", "sales.orders", "\u540d\u524d", "\u00e9t\u00e9", "_x", "t1.id"};
    private static final String[] PLACEHOLDERS = {"?", "?", ":name", "$1", "$12", "?::int"};
    private static final String[] SYMBOLS = {"(", ")", ",", ";", ".", "=", "<>", "<", ">=", "+", "-", "*", "/",
        "%", "!", "&", "|", "^", "~", "@", "#", "[", "]", "{", "}", "::", ":", "\\", "||", "-", "-", "(", ")"};
    private static final String[] JUNK = {"\u0000", "\u0007", "\u001b", "\r", "\t", "\u00a0", "\ufeff", "\u2028",
        "\uD83D\uDE00", "\uD800", "\uDC00", "\u0301", "\u6771", "\u00ff", "\u007f", "\uFFFF", "\n\n"};
    private static final String[] SEPARATORS = {" ", " ", " ", "", "\n", "\t", "  ", "\r\n"};

    private final Random random;

    RandomSqlGenerator(long seed) {
        this.random = new Random(seed);
    }

    String next() {
        StringBuilder sql = new StringBuilder();
        int fragments = 1 + random.nextInt(40);
        for (int i = 0; i < fragments; i++) {
            int pick = random.nextInt(100);
            if (pick < 15) {
                sql.append(' ').append(plantedLiteral()); // the space keeps a number from joining an identifier
            } else {
                sql.append(pick(SEPARATORS)).append(fragment(pick));
            }
        }
        if (random.nextInt(8) == 0) {
            sql.append(' ').append(unterminatedTail());
        }
        return sql.toString();
    }

    private String fragment(int pick) {
        if (pick < 35) {
            return pick(KEYWORDS);
        } else if (pick < 50) {
            return pick(IDENTIFIERS);
        } else if (pick < 58) {
            return pick(PLACEHOLDERS);
        } else if (pick < 66) {
            return safeLiteral();
        } else if (pick < 72) {
            return comment();
        } else if (pick < 88) {
            return pick(SYMBOLS);
        } else if (pick < 94) {
            return pick(JUNK);
        }
        return list();
    }

    /** A secret in one of the literal forms the sanitizer must replace. */
    private String plantedLiteral() {
        String s = secret();
        switch (random.nextInt(13)) {
            case 0: return "'" + s + "'";
            case 1: return "'it''s " + s + "'";
            case 2: return "'O\\'" + s + "'";
            case 3: return "E'\\n" + s + "\\' x'";
            case 4: return "N'" + s + "'";
            case 5: return "$$" + s + "$$";
            case 6: return "$body$ " + s + " $ $b$ $body$";
            case 7: return "U&'" + s + "'";
            case 8: return "X'" + s + "'";
            case 9: return "123456789";
            case 10: return "-123456789";
            case 11: return random.nextBoolean() ? "123456789.25" : "123456789e-3";
            default: return "'" + s + "\\\\'";
        }
    }

    private String unterminatedTail() {
        String s = secret();
        switch (random.nextInt(7)) {
            case 0: return "'" + s + " AND x = 1";
            case 1: return "$$" + s;
            case 2: return "$tag$ " + s + " $tag";
            case 3: return "/* " + s + " /* */";
            case 4: return "E'abc\\'" + s;
            case 5: return "\"" + s;
            default: return "'C:\\dir\\' AND p = '" + s + "'";
        }
    }

    private String safeLiteral() {
        switch (random.nextInt(6)) {
            case 0: return Integer.toString(random.nextInt(100));
            case 1: return "'abc'";
            case 2: return "1.5e-3";
            case 3: return "0xFF";
            case 4: return "TRUE";
            default: return "''";
        }
    }

    private String comment() {
        String body = secret() + " it's \"x\" " + pick(KEYWORDS);
        return random.nextBoolean() ? "-- " + body + "\n" : "/* " + body + " /* nested */ */";
    }

    private String list() {
        StringBuilder list = new StringBuilder(random.nextBoolean() ? "IN (" : "VALUES (");
        int items = 1 + random.nextInt(6);
        for (int i = 0; i < items; i++) {
            list.append(i == 0 ? "" : ", ").append(random.nextBoolean() ? "?" : plantedLiteral());
        }
        return list.append(')').toString();
    }

    private String secret() {
        return SECRETS.get(random.nextInt(SECRETS.size()));
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
