package io.perfagent.core.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the case table cannot hold: null, megabyte statements, the cap's edges. */
class SqlSanitizerTest {

    @Test
    void nullGivesAnEmptyOtherKey() {
        SanitizedSql result = new SqlSanitizer().sanitize(null);
        assertEquals(new SanitizedSql("", SqlOperation.OTHER, null), result);
    }

    @Test
    void aMegabyteStatementIsCutAtTheDefaultCapWithItsTableKept() {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; sql.length() < 1_000_000; i++) {
            sql.append("col").append(i).append(" + 'secret").append(i).append("', ");
        }
        sql.append("x FROM big_table WHERE a = 1");
        SanitizedSql result = new SqlSanitizer().sanitize(sql.toString());
        assertEquals(SqlSanitizer.DEFAULT_MAX_LENGTH, result.key().length());
        assertTrue(result.key().endsWith("\u2026"));
        assertFalse(result.key().contains("secret"));
        assertEquals("big_table", result.table());
    }

    @Test
    void aTooSmallMaxLengthIsRaisedToTheMinimum() {
        assertEquals(SqlSanitizer.MIN_MAX_LENGTH, new SqlSanitizer(1).maxLength());
        assertEquals(SqlSanitizer.MIN_MAX_LENGTH, new SqlSanitizer(-5).maxLength());
    }

    @Test
    void theCutNeverSplitsASurrogatePair() {
        String key = new SqlSanitizer(17).sanitize("SELECT " + "\uD83D\uDE00".repeat(6)).key(); // cut falls mid-pair
        assertEquals("SELECT \uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\u2026", key);
    }

    @Test
    void aHugeTableNameIsNotReported() {
        String table = "t".repeat(100);
        assertNull(new SqlSanitizer(32).sanitize("SELECT a FROM " + table).table());
    }

    @Test
    void sameStatementSameKeyWhateverTheBatchSize() {
        SqlSanitizer sanitizer = new SqlSanitizer();
        String one = sanitizer.sanitize("INSERT INTO t (a, b) VALUES (?, ?)").key();
        String many = sanitizer.sanitize("INSERT INTO t (a, b) VALUES " + "(?, ?), ".repeat(999) + "(?, ?)").key();
        assertEquals(one, many);
    }
}
