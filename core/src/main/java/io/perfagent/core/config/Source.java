package io.perfagent.core.config;

/**
 * Where an effective configuration value came from, highest precedence first: a {@code perfagent.<key>} system
 * property beats a {@code PERFAGENT_<KEY>} environment variable, which beats the agent argument, which beats the
 * properties file, which beats the key's default. Immutable.
 */
public enum Source {
    SYSTEM_PROPERTY("system property"),
    ENVIRONMENT("environment"),
    AGENT_ARGUMENT("agent argument"),
    PROPERTIES_FILE("properties file"),
    DEFAULT("default");

    private final String description;

    Source(String description) {
        this.description = description;
    }

    /** Short human wording, e.g. {@code environment}, for report lines. */
    public String description() {
        return description;
    }
}
