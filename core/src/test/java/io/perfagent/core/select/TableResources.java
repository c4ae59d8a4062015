package io.perfagent.core.select;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/** Reads the table-driven cases under src/test/resources/select. */
final class TableResources {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private TableResources() {
    }

    static <T> List<T> read(String name, Class<T[]> type) {
        try (InputStream in = TableResources.class.getResourceAsStream("/select/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test table " + name);
            }
            List<T> rows = Arrays.asList(JSON.readValue(in, type));
            if (rows.isEmpty()) {
                throw new IllegalStateException("empty test table " + name);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    static List<MethodPattern> patterns(String key, List<String> items) {
        ParseResult result = MethodPatternParser.parse(key, orEmpty(items));
        if (!result.warnings().isEmpty()) {
            throw new IllegalStateException("test table pattern rejected: " + result.warnings());
        }
        return result.patterns();
    }
}
