package io.perfagent.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.nio.charset.StandardCharsets;

/** The agent's one configured Jackson mapper. Thread-safe once built. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /** {@code value} as one JSON line terminated by a newline, ready for a single write. */
    public static byte[] line(Object value) {
        try {
            byte[] json = MAPPER.writeValueAsBytes(value);
            byte[] line = new byte[json.length + 1];
            System.arraycopy(json, 0, line, 0, json.length);
            line[json.length] = '\n';
            return line;
        } catch (JsonProcessingException e) {
            return ("{\"type\":\"error\",\"message\":\"unserializable report line\"}\n").getBytes(StandardCharsets.UTF_8);
        }
    }
}
