package io.perfagent.core.config;

import java.util.List;
import java.util.Locale;

/**
 * Decides which values must never be printed: any key whose name mentions headers, a password, a token or a
 * secret (e.g. an exporter's {@code otlp.headers} carrying an API key). Stateless; thread-safe.
 */
final class Redaction {

    static final String MASK = "***";
    private static final List<String> SENSITIVE_WORDS = List.of("headers", "password", "token", "secret");

    private Redaction() {
    }

    static boolean isSensitive(String keyName) {
        String lower = keyName.toLowerCase(Locale.ROOT);
        return SENSITIVE_WORDS.stream().anyMatch(lower::contains);
    }

    static String show(String keyName, String value) {
        return isSensitive(keyName) ? MASK : value;
    }
}
