package io.perfagent.core.config;

import java.util.List;
import java.util.Locale;

/**
 * Decides which values must never be printed: any key whose name mentions headers, a password, a token or a
 * secret (e.g. an exporter's {@code otlp.headers} carrying an API key), and the credentials part of a URL-valued key
 * (user info and query string, where tokens often travel). Stateless; thread-safe.
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
        if (isSensitive(keyName)) {
            return MASK;
        }
        return keyName.toLowerCase(Locale.ROOT).endsWith(".url") ? withoutCredentials(value) : value;
    }

    /** {@code https://user:pw@host/p?token=x} → {@code https://***@host/p?***}. */
    static String withoutCredentials(String url) {
        String shown = url.replaceFirst("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@?#]*@", "$1" + MASK + "@");
        int query = shown.indexOf('?');
        return query < 0 ? shown : shown.substring(0, query + 1) + MASK;
    }
}
