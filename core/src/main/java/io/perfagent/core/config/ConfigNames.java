package io.perfagent.core.config;

import java.util.Locale;

/**
 * How a key name is spelled in each outside source: {@code flush.interval} is read from the system property
 * {@code perfagent.flush.interval} and the environment variable {@code PERFAGENT_FLUSH_INTERVAL} (upper case,
 * {@code .} and {@code -} become {@code _}). Stateless; safe to call from any thread.
 */
public final class ConfigNames {

    public static final String SYSTEM_PROPERTY_PREFIX = "perfagent.";
    public static final String ENV_PREFIX = "PERFAGENT_";
    /** System properties under this prefix are test switches, not keys, and are never warned about. */
    public static final String TEST_PROPERTY_PREFIX = "perfagent.test.";
    /**
     * System properties under this prefix are written by the running agent itself (is it active, where does it
     * report) so that {@code perfagent list}/{@code attach} can see them from outside; they are never keys.
     */
    public static final String STATUS_PROPERTY_PREFIX = "perfagent.status.";
    /** The key that names the properties file; it is read from every source except the file itself. */
    public static final String CONFIG_KEY = "config";

    private ConfigNames() {
    }

    public static String systemProperty(String key) {
        return SYSTEM_PROPERTY_PREFIX + key;
    }

    public static String envVar(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
