package io.perfagent.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Loads perfagent's configuration from, highest precedence first: {@code perfagent.<key>} system properties,
 * {@code PERFAGENT_<KEY>} environment variables, the agent argument, the properties file, and the defaults in
 * {@link ConfigKeys}. Bad input never throws: each problem becomes one warning line and a default is used.
 *
 * <p>{@link #load} is pure (everything it reads is passed in), so tests inject every source. Stateless; may be
 * called from any thread.
 */
public final class ConfigLoader {

    private ConfigLoader() {
    }

    /**
     * @param agentArgs        the {@code -javaagent:perfagent.jar=<agentArgs>} text, or {@code null}
     * @param env              environment variables (only {@code PERFAGENT_*} ones are looked at), or {@code null}
     * @param systemProperties system properties (only {@code perfagent.*} ones are looked at), or {@code null}
     * @param workingDir       where relative file names resolve and {@code agent.properties} is looked for, or
     *                         {@code null} to look nowhere
     */
    public static LoadedConfig load(String agentArgs, Map<String, String> env, Properties systemProperties,
                                    Path workingDir) {
        return load(agentArgs, env, systemProperties, workingDir, KeyCatalog.standard());
    }

    /** As {@link #load(String, Map, Properties, Path)} against another set of keys; for tests. */
    static LoadedConfig load(String agentArgs, Map<String, String> env, Properties systemProperties,
                             Path workingDir, KeyCatalog catalog) {
        Map<String, String> environment = env == null ? Map.of() : env;
        Properties properties = systemProperties == null ? new Properties() : systemProperties;
        List<String> warnings = new ArrayList<>();

        Map<String, String> arguments = AgentArgumentParser.parse(agentArgs, catalog, warnings);
        Layer fromProperties = SystemPropertyLayer.read(properties, catalog, warnings);
        Layer fromEnvironment = EnvironmentLayer.read(environment, catalog, warnings);
        Layer fromArguments = Layer.ofNames(Source.AGENT_ARGUMENT, "the agent argument", arguments, catalog, warnings);

        Map<Source, String> fileNamedBy = new EnumMap<>(Source.class);
        putIfPresent(fileNamedBy, Source.AGENT_ARGUMENT, arguments.get(ConfigNames.CONFIG_KEY));
        putIfPresent(fileNamedBy, Source.SYSTEM_PROPERTY,
                properties.getProperty(ConfigNames.systemProperty(ConfigNames.CONFIG_KEY)));
        putIfPresent(fileNamedBy, Source.ENVIRONMENT, environment.get(ConfigNames.envVar(ConfigNames.CONFIG_KEY)));
        var file = ConfigFileLocator.locate(fileNamedBy, workingDir, warnings);
        Layer fromFile = Layer.empty(Source.PROPERTIES_FILE);
        Setting configSetting = null;
        if (file.isPresent()) {
            ConfigFileLocator.Located f = file.get();
            fromFile = PropertiesFileLayer.read(f, catalog, warnings);
            Optional<ConfigKey> key = catalog.keyFor(ConfigNames.CONFIG_KEY);
            if (key.isPresent()) {
                configSetting = new Setting(key.get(), f.named(), f.named(), f.source());
            }
        }

        Config config = ConfigResolver.resolve(
                List.of(fromProperties, fromEnvironment, fromArguments, fromFile), configSetting, catalog, warnings);
        return new LoadedConfig(config, warnings);
    }

    /** Loads from the real environment, system properties and working directory of this JVM. */
    public static LoadedConfig fromSystem(String agentArgs) {
        return load(agentArgs, System.getenv(), System.getProperties(), Path.of("").toAbsolutePath());
    }

    private static void putIfPresent(Map<Source, String> map, Source source, String value) {
        if (value != null) {
            map.put(source, value);
        }
    }
}
