package io.perfagent.core.config;

import java.util.List;

/**
 * The result of loading: the effective {@link Config} and the one-line warnings to print (each starts with
 * {@code perfagent: }), in the order the problems were found. Immutable; thread-safe.
 */
public record LoadedConfig(Config config, List<String> warnings) {

    public LoadedConfig {
        warnings = List.copyOf(warnings);
    }
}
