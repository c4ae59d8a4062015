package io.perfagent.core.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads {@code PERFAGENT_<KEY>} environment variables ({@code flush.interval} → {@code PERFAGENT_FLUSH_INTERVAL}).
 * Every {@code PERFAGENT_*} variable is ours, so an unknown one is warned about, except {@code PERFAGENT_CONFIG}
 * (it locates the file) and {@code PERFAGENT_TEST_*} test switches. Reads only the map it is given.
 */
final class EnvironmentLayer {

    private static final String TEST_PREFIX = ConfigNames.envVar(ConfigNames.TEST_PROPERTY_PREFIX.substring(
            ConfigNames.SYSTEM_PROPERTY_PREFIX.length()));

    private EnvironmentLayer() {
    }

    static Layer read(Map<String, String> env, KeyCatalog catalog, List<String> warnings) {
        Map<String, String> known = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : new TreeMap<>(env).entrySet()) {
            String var = e.getKey();
            if (!var.startsWith(ConfigNames.ENV_PREFIX) || var.startsWith(TEST_PREFIX)
                    || var.equals(ConfigNames.envVar(ConfigNames.CONFIG_KEY))) {
                continue;
            }
            Optional<String> name = catalog.nameForEnv(var);
            if (name.isPresent()) {
                known.put(name.get(), e.getValue());
            } else {
                warnings.add(Warnings.unknownKey(var, "the environment", catalog.suggestEnv(var)));
            }
        }
        return new Layer(Source.ENVIRONMENT, known);
    }
}
