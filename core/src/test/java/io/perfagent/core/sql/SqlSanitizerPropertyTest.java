package io.perfagent.core.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 10,000 seeded random statements: the sanitizer never throws, does linear work and never shows a planted
 * literal value. A failure prints the statement escaped, ready to become a line of the case table.
 */
class SqlSanitizerPropertyTest {

    private static final int STATEMENTS = 10_000;
    /** Char inspections allowed per input char; the slack covers lookahead past the last char. */
    private static final int STEPS_PER_CHAR = 4;
    private static final int STEP_SLACK = 8;

    @Test
    void randomStatementsNeverThrowStayLinearAndNeverLeakPlantedLiterals() {
        RandomSqlGenerator generator = new RandomSqlGenerator(20_240_601L);
        Random caps = new Random(7);
        int planted = 0;
        for (int i = 0; i < STATEMENTS; i++) {
            String sql = generator.next();
            int cap = caps.nextInt(4) == 0 ? 16 + caps.nextInt(200) : SqlSanitizer.DEFAULT_MAX_LENGTH;
            SqlSanitizer sanitizer = new SqlSanitizer(cap);
            SqlSanitizer.Measured measured;
            try {
                measured = sanitizer.measure(sql); // no safety net: a throw must fail the test
            } catch (RuntimeException e) {
                throw new AssertionError("threw on statement #" + i + ": " + quote(sql), e);
            }
            checkResult(i, sql, sanitizer, measured);
            planted += RandomSqlGenerator.SECRETS.stream().anyMatch(sql::contains) ? 1 : 0;
        }
        assertTrue(planted > STATEMENTS / 2, "the generator planted secrets in most statements: " + planted);
    }

    private static void checkResult(int i, String sql, SqlSanitizer sanitizer, SqlSanitizer.Measured measured) {
        SanitizedSql result = measured.result();
        String where = " on statement #" + i + ": " + quote(sql) + " -> " + quote(result.key());
        assertNotNull(result.operation(), "operation" + where);
        assertTrue(measured.steps() <= (long) STEPS_PER_CHAR * sql.length() + STEP_SLACK,
                measured.steps() + " steps for " + sql.length() + " chars" + where);
        assertTrue(result.key().length() <= sanitizer.maxLength(), "key within the cap" + where);
        for (String secret : RandomSqlGenerator.SECRETS) {
            assertFalse(result.key().contains(secret), "leaked " + secret + where);
            assertFalse(result.table() != null && result.table().contains(secret), "leaked in table" + where);
        }
        assertFalse(result.key().contains("  "), "double space" + where);
        assertEquals(result.key().strip(), result.key(), "not trimmed" + where);
        if (result.key().chars().anyMatch(Character::isISOControl)) {
            fail("control char in key" + where);
        }
    }

    @Test
    void adversarialInputsCostAtMostFourStepsPerChar() {
        String[] units = {"$a$", "$$", "$ab", "$1$", "/*", "*/", "/*/", "--\n", "-", "-1", "-.", "''", "'", "\\'",
            "E'\\", "'\\'", "\"", "\"\"", "(", "IN (?, ", "VALUES (?), ", "0x", "0x1", "1e", "1e-", "1.", ".1", "::",
            ":a", "?", "x-1", "a-", "$tag$ $ta", "a", " ", "\u00a0", "\uD83D\uDE00", "TRUE ", "SELECT -1 ", "e'",
            "\\", "x'"};
        for (String unit : units) {
            for (String prefix : new String[] {"", "'", "$$", "$tag$", "/*", "\"", "IN ("}) {
                String sql = prefix + unit.repeat(50_000 / unit.length());
                long steps = new SqlSanitizer(Integer.MAX_VALUE).measure(sql).steps(); // no early stop at the cap
                assertTrue(steps <= (long) STEPS_PER_CHAR * sql.length() + STEP_SLACK,
                        steps + " steps for " + sql.length() + " chars of " + quote(prefix + unit));
            }
        }
    }

    @Test
    void stepCounterCountsEveryCharOfAnOrdinaryStatement() {
        String sql = "SELECT a, b FROM t WHERE c = 'x' AND d IN (1, 2) ".repeat(1_000);
        long steps = new SqlSanitizer(Integer.MAX_VALUE).measure(sql).steps();
        assertTrue(steps >= sql.length() && steps <= 2L * sql.length(), steps + " steps for " + sql.length() + " chars");
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.append('"').toString();
    }
}
