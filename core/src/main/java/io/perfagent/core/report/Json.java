package io.perfagent.core.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The agent's one configured Jackson mapper, for reading reports and the rare value {@link JsonLines} does not write
 * itself. Thread-safe once built.
 */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }
}
