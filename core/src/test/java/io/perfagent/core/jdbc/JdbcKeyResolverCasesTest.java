package io.perfagent.core.jdbc;

import io.perfagent.core.registry.KeyInfo;
import io.perfagent.core.registry.KeyRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The key, operation and table each raw statement is reported under (table: jdbc-key-cases.tsv). */
class JdbcKeyResolverCasesTest {

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = JdbcKeyResolverCasesTest.class.getResourceAsStream("/jdbc-key-cases.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t", -1);
                    cases.add(Arguments.of(Boolean.parseBoolean(f[0]), f[1], f[2], f[3], f[4]));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "sanitize={0}: {1}")
    @MethodSource("cases")
    void reportsTheKeyOperationAndTable(boolean sanitize, String raw, String key, String operation, String table) {
        KeyRegistry registry = new KeyRegistry(100);
        JdbcKeyResolver resolver = new JdbcKeyResolver(registry, new JdbcSettings(sanitize, 2048));
        KeyInfo info = registry.info(resolver.sqlId(raw));
        assertEquals("sql", info.kind());
        assertEquals(key, info.key());
        assertEquals(operation.isEmpty() ? null : operation, info.attributes().get("operation"));
        assertEquals(table.isEmpty() ? null : table, info.attributes().get("table"));
    }
}
