package io.perfagent.core.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Merges the layers into a {@link Config}: for each declared key the highest layer that has it wins; its value is
 * parsed and range-checked, and a bad one is warned about and replaced by the key's default (the lower layers are
 * not consulted, so the warning can say exactly what is used). Entries of prefix keys are checked the same way
 * and dropped when bad, as they have no default of their own. Called once per load; never throws on user input.
 */
final class ConfigResolver {

    private ConfigResolver() {
    }

    /**
     * @param layers        highest precedence first
     * @param configSetting the {@code config} key's value (it is decided by the file locator), or {@code null}
     */
    static Config resolve(List<Layer> layers, Setting configSetting, KeyCatalog catalog, List<String> warnings) {
        Map<String, Setting> settings = new LinkedHashMap<>();
        Map<String, Setting> prefixed = new TreeMap<>();
        for (ConfigKey key : catalog.keys()) {
            if (key.isPrefix()) {
                resolvePrefix(key, layers, prefixed, warnings);
            } else if (key.name().equals(ConfigNames.CONFIG_KEY) && configSetting != null) {
                settings.put(key.name(), configSetting);
            } else {
                settings.put(key.name(), resolvePlain(key, layers, warnings));
            }
        }
        return new Config(catalog, settings, prefixed);
    }

    private static Setting resolvePlain(ConfigKey key, List<Layer> layers, List<String> warnings) {
        for (Layer layer : layers) {
            String raw = layer.values().get(key.name());
            if (raw != null) {
                Checked c = checked(key, raw, layer.source());
                if (c.problem.isEmpty()) {
                    return c.setting;
                }
                warnings.add(Warnings.usingDefault(key.name(), raw, c.problem.get(), key.defaultValue()));
                break;
            }
        }
        return defaultOf(key);
    }

    private static void resolvePrefix(ConfigKey key, List<Layer> layers, Map<String, Setting> out,
                                      List<String> warnings) {
        Map<String, Layer> winner = new TreeMap<>();
        for (Layer layer : layers) {
            for (String name : layer.values().keySet()) {
                if (name.startsWith(key.prefix()) && name.length() > key.prefix().length()) {
                    winner.putIfAbsent(name, layer);
                }
            }
        }
        for (Map.Entry<String, Layer> entry : winner.entrySet()) {
            String name = entry.getKey();
            String raw = entry.getValue().values().get(name);
            Checked c = checked(key, raw, entry.getValue().source());
            if (c.problem.isEmpty()) {
                out.put(name, c.setting);
            } else {
                warnings.add(Warnings.ignored(name, raw, c.problem.get()));
            }
        }
    }

    static Setting defaultOf(ConfigKey key) {
        Checked c = checked(key, key.defaultValue(), Source.DEFAULT);
        if (c.problem.isPresent()) {
            throw new IllegalStateException("ConfigKeys: default of " + key.name() + " " + c.problem.get());
        }
        return c.setting;
    }

    /** The parsed setting, or why {@code raw} is not acceptable for {@code key}. */
    private static Checked checked(ConfigKey key, String raw, Source source) {
        ParseResult<?> parsed = ValueParsers.parse(key.type(), raw);
        if (!parsed.isOk()) {
            return new Checked(null, Optional.of(parsed.problem()));
        }
        Optional<String> violation = key.limit().violation(parsed.value());
        if (violation.isPresent()) {
            return new Checked(null, Optional.of(Warnings.outOfRange(violation.get())));
        }
        return new Checked(new Setting(key, shown(parsed.value(), raw), parsed.value(), source), Optional.empty());
    }

    private static String shown(Object value, String raw) {
        if (!(value instanceof List<?> items)) {
            return raw.trim();
        }
        StringJoiner joined = new StringJoiner(",");
        for (Object item : items) {
            joined.add(String.valueOf(item));
        }
        return joined.toString();
    }

    private record Checked(Setting setting, Optional<String> problem) {
    }
}
