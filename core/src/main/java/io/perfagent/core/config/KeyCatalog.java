package io.perfagent.core.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks up declared keys by name or by environment-variable name, including prefix keys such as
 * {@code alert.p99.*}, and suggests the nearest declared name for a misspelt one. Immutable; thread-safe.
 */
final class KeyCatalog {

    private final List<ConfigKey> keys;
    private final Map<String, ConfigKey> plainByName = new LinkedHashMap<>();
    private final Map<String, String> plainByEnv = new LinkedHashMap<>();

    KeyCatalog(List<ConfigKey> keys) {
        this.keys = List.copyOf(keys);
        for (ConfigKey key : keys) {
            if (!key.isPrefix()) {
                plainByName.put(key.name(), key);
                plainByEnv.put(ConfigNames.envVar(key.name()), key.name());
            }
        }
    }

    static KeyCatalog standard() {
        return new KeyCatalog(ConfigKeys.ALL);
    }

    List<ConfigKey> keys() {
        return keys;
    }

    /** The key governing {@code name}: a plain key of that name, or a prefix key {@code name} starts with. */
    Optional<ConfigKey> keyFor(String name) {
        ConfigKey plain = plainByName.get(name);
        if (plain != null) {
            return Optional.of(plain);
        }
        for (ConfigKey key : keys) {
            if (key.isPrefix() && name.startsWith(key.prefix()) && name.length() > key.prefix().length()) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    /** The prefix key whose prefix is {@code prefix} (given as {@code a.b.*}, {@code a.b.} or {@code a.b}). */
    Optional<ConfigKey> prefixKey(String prefix) {
        String stem = prefix.endsWith(".*") ? prefix.substring(0, prefix.length() - 2)
                : prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
        for (ConfigKey key : keys) {
            if (key.isPrefix() && key.name().equals(stem + ".*")) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    /**
     * The key name an environment variable stands for. For a prefix key the rest of the variable's name is the
     * suffix exactly as written: {@code PERFAGENT_ALERT_P99_SQL} is {@code alert.p99.SQL}.
     */
    Optional<String> nameForEnv(String envVar) {
        String plain = plainByEnv.get(envVar);
        if (plain != null) {
            return Optional.of(plain);
        }
        for (ConfigKey key : keys) {
            String envPrefix = ConfigNames.envVar(key.prefix());
            if (key.isPrefix() && envVar.startsWith(envPrefix) && envVar.length() > envPrefix.length()) {
                return Optional.of(key.prefix() + envVar.substring(envPrefix.length()));
            }
        }
        return Optional.empty();
    }

    Optional<String> suggestName(String written) {
        return EditDistance.closest(written, plainByName.keySet());
    }

    Optional<String> suggestEnv(String written) {
        return EditDistance.closest(written, plainByEnv.keySet());
    }
}
