package io.perfagent.core.config;

/**
 * One effective value: the key it belongs to, its text as shown to people (trimmed; a list re-joined with commas so
 * it fits one line), the parsed value and the source that won. Immutable.
 */
record Setting(ConfigKey key, String shown, Object value, Source source) {
}
