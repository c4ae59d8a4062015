package io.perfagent.core.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The effective configuration: one typed value per declared key, plus the entries of prefix keys such as
 * {@code alert.p99.*}. Built by {@link ConfigLoader}; every value has already been parsed and range-checked, so the
 * getters cannot fail on user input. Asking for an undeclared key, or for a key as the wrong type, is a programming
 * error and throws {@link IllegalArgumentException}.
 *
 * <p>Immutable and thread-safe: may be read from any thread without synchronisation.
 */
public final class Config {

    private final KeyCatalog catalog;
    private final Map<String, Setting> settings;
    private final Map<String, Setting> prefixed;

    Config(KeyCatalog catalog, Map<String, Setting> settings, Map<String, Setting> prefixed) {
        this.catalog = catalog;
        this.settings = Map.copyOf(settings);
        this.prefixed = Collections.unmodifiableMap(new TreeMap<>(prefixed));
    }

    /** Every key at its default, as if nothing were configured; handy in tests of other components. */
    public static Config defaults() {
        return ConfigResolver.resolve(List.of(), null, KeyCatalog.standard(), new ArrayList<>());
    }

    public boolean bool(String key) {
        return (Boolean) typed(key, ConfigKey.Type.BOOLEAN);
    }

    public int integer(String key) {
        return (Integer) typed(key, ConfigKey.Type.INT);
    }

    public Duration duration(String key) {
        return (Duration) typed(key, ConfigKey.Type.DURATION);
    }

    /** A SIZE key in bytes (1KB = 1024 bytes). */
    public long size(String key) {
        return (Long) typed(key, ConfigKey.Type.SIZE);
    }

    public String string(String key) {
        return (String) typed(key, ConfigKey.Type.STRING);
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String key) {
        return (List<String>) typed(key, ConfigKey.Type.LIST);
    }

    /** A PERCENT key, 0..100. */
    public double percent(String key) {
        return (Double) typed(key, ConfigKey.Type.PERCENT);
    }

    /**
     * Suffix → raw value of the entries of a prefix key, e.g. {@code prefixed("alert.p99.*")} gives
     * {@code {"sql" -> "50ms"}} for {@code alert.p99.sql=50ms}. The prefix may also be written {@code alert.p99.}
     * or {@code alert.p99}. Each value already parses as the prefix key's type. Sorted by suffix.
     */
    public Map<String, String> prefixed(String prefix) {
        Optional<ConfigKey> declared = catalog.prefixKey(prefix);
        if (declared.isEmpty()) {
            throw new IllegalArgumentException("no prefix key " + prefix + " is declared");
        }
        ConfigKey key = declared.get();
        Map<String, String> bySuffix = new TreeMap<>();
        for (Map.Entry<String, Setting> entry : prefixed.entrySet()) {
            if (entry.getValue().key().equals(key)) {
                bySuffix.put(entry.getKey().substring(key.prefix().length()), entry.getValue().shown());
            }
        }
        return Collections.unmodifiableMap(bySuffix);
    }

    /** Which source supplied {@code key}'s value; {@link Source#DEFAULT} also when a bad value was replaced. */
    public Source sourceOf(String key) {
        Setting s = settings.containsKey(key) ? settings.get(key) : prefixed.get(key);
        if (s == null && catalog.keyFor(key).filter(ConfigKey::isPrefix).isEmpty()) {
            throw new IllegalArgumentException("undeclared config key " + key);
        }
        return s == null ? Source.DEFAULT : s.source();
    }

    /** Every effective value by key name, sorted, with sensitive ones (headers, password, token, secret) as ***. */
    public Map<String, String> redacted() {
        Map<String, String> out = new TreeMap<>();
        settings.forEach((name, s) -> out.put(name, Redaction.show(name, s.shown())));
        prefixed.forEach((name, s) -> out.put(name, Redaction.show(name, s.shown())));
        return Collections.unmodifiableMap(out);
    }

    /** Every effective parsed value by key name, so that {@code 1s} and {@code 1000ms} compare equal. */
    Map<String, Object> parsedValues() {
        Map<String, Object> out = new TreeMap<>();
        settings.forEach((name, s) -> out.put(name, s.value()));
        prefixed.forEach((name, s) -> out.put(name, s.value()));
        return out;
    }

    private Object typed(String key, ConfigKey.Type type) {
        Setting s = settings.get(key);
        if (s == null) {
            throw new IllegalArgumentException("undeclared config key " + key + " (prefix keys: use prefixed())");
        }
        if (s.key().type() != type) {
            throw new IllegalArgumentException(key + " is a " + s.key().type() + " key, not " + type);
        }
        return s.value();
    }
}
