package io.perfagent.core.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw values one source supplied, keyed by declared key name (prefix entries by their full name), after
 * unknown names were warned about and dropped. Immutable once built.
 */
record Layer(Source source, Map<String, String> values) {

    Layer {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    static Layer empty(Source source) {
        return new Layer(source, Map.of());
    }

    /**
     * Keeps the entries of {@code written} (name as the user wrote it → raw value) that name a declared key and
     * warns once about each other one, naming the source as {@code from} (e.g. {@code agent.properties}). The {@code config} key is left out: it only locates the file.
     */
    static Layer ofNames(Source source, String from, Map<String, String> written, KeyCatalog catalog,
                         List<String> warnings) {
        Map<String, String> known = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : written.entrySet()) {
            String name = entry.getKey();
            if (name.equals(ConfigNames.CONFIG_KEY)) {
                continue;
            }
            if (catalog.keyFor(name).isPresent()) {
                known.put(name, entry.getValue());
            } else {
                warnings.add(Warnings.unknownKey(name, from, catalog.suggestName(name)));
            }
        }
        return new Layer(source, known);
    }
}
