package io.perfagent.core.registry;

import java.util.Map;

/**
 * What one key id stands for: its kind ({@code method}, {@code sql}, {@code pool}), the key text shown in reports and
 * optional attributes (e.g. {@code operation} and {@code table} for SQL). Immutable.
 */
public record KeyInfo(int id, String kind, String key, Map<String, String> attributes) {

    public KeyInfo {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
