package io.perfagent.core.config;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Reads {@code perfagent.<key>} system properties. Every {@code perfagent.*} property is ours, so an unknown one is
 * warned about, except {@code perfagent.config} (it locates the file), {@code perfagent.test.*} test switches and the
 * agent's own {@code perfagent.status.*} markers.
 * Called once at start-up; reads from the given {@link Properties} snapshot only.
 */
final class SystemPropertyLayer {

    private SystemPropertyLayer() {
    }

    static Layer read(Properties properties, KeyCatalog catalog, List<String> warnings) {
        Map<String, String> written = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(ConfigNames.SYSTEM_PROPERTY_PREFIX)
                    && !name.startsWith(ConfigNames.TEST_PROPERTY_PREFIX)
                    && !name.startsWith(ConfigNames.STATUS_PROPERTY_PREFIX)) {
                written.put(name.substring(ConfigNames.SYSTEM_PROPERTY_PREFIX.length()), properties.getProperty(name));
            }
        }
        return Layer.ofNames(Source.SYSTEM_PROPERTY, "system properties", written, catalog, warnings);
    }
}
