package io.perfagent.core.sql;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every line of {@code sql-sanitizer-cases.json}: a new case is one line there. */
class SqlSanitizerCasesTest {

    /** One table row; {@code maxLength} is optional and defaults to {@link SqlSanitizer#DEFAULT_MAX_LENGTH}. */
    record SqlCase(String name, String sql, String key, String operation, String table, Integer maxLength) {
    }

    static List<SqlCase> cases() throws IOException {
        try (InputStream in = SqlSanitizerCasesTest.class.getResourceAsStream("/sql-sanitizer-cases.json")) {
            return new ObjectMapper().readValue(in, new TypeReference<List<SqlCase>>() { });
        }
    }

    static Stream<Arguments> caseArguments() throws IOException {
        return cases().stream().map(c -> Arguments.of(c.name(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseArguments")
    void sanitizesAsTheTableSays(String name, SqlCase c) {
        SqlSanitizer sanitizer = new SqlSanitizer(c.maxLength() == null ? SqlSanitizer.DEFAULT_MAX_LENGTH : c.maxLength());
        SanitizedSql result = sanitizer.measure(c.sql()).result();
        assertAll(
                () -> assertEquals(c.key(), result.key(), "key"),
                () -> assertEquals(SqlOperation.valueOf(c.operation()), result.operation(), "operation"),
                () -> assertEquals(c.table(), result.table(), "table"),
                () -> assertTrue(result.key().length() <= sanitizer.maxLength(), "key within the cap"));
    }

    @Test
    void tableHasEnoughCasesWithUniqueNames() throws IOException {
        List<SqlCase> cases = cases();
        assertTrue(cases.size() >= 60, "at least 60 cases, found " + cases.size());
        assertEquals(cases.size(), cases.stream().map(SqlCase::name).distinct().count(), "case names are unique");
    }
}
