package io.perfagent.core.config;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The difference between the configuration in force and a newly loaded one: which keys changed in value ({@code 1s} to {@code 1000ms} is no change; a prefix entry
 * such as {@code alert.p99.sql} that appeared or disappeared counts as changed). Builds the {@code config} report
 * line that records an applied reload, with secrets redacted. Immutable; thread-safe.
 */
public record ConfigChange(Config before, Config after, Set<String> changedKeys) {

    public ConfigChange {
        changedKeys = Collections.unmodifiableSortedSet(new TreeSet<>(changedKeys));
    }

    public static ConfigChange between(Config before, Config after) {
        Map<String, Object> old = before.parsedValues();
        Map<String, Object> now = after.parsedValues();
        Set<String> changed = new TreeSet<>();
        for (String key : union(old.keySet(), now.keySet())) {
            if (!Objects.equals(old.get(key), now.get(key))) {
                changed.add(key);
            }
        }
        return new ConfigChange(before, after, changed);
    }

    public boolean isEmpty() {
        return changedKeys.isEmpty();
    }

    /** True when any of {@code keys} changed. */
    public boolean changedAny(String... keys) {
        for (String key : keys) {
            if (changedKeys.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code {"type":"config","time":..,"changed":{key: new value or null when removed},"config":{every value}}};
     * values of sensitive keys are {@code ***}.
     */
    public Map<String, Object> event(Instant time) {
        Map<String, String> now = after.redacted();
        Map<String, Object> changed = new TreeMap<>();
        changedKeys.forEach(key -> changed.put(key, now.get(key)));
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "config");
        event.put("time", time.toString());
        event.put("changed", changed);
        event.put("config", now);
        return event;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
