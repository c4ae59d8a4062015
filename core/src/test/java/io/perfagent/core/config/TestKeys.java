package io.perfagent.core.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The declared keys plus a prefix key, a PERCENT key and sensitive keys, which ConfigKeys may not (yet) declare. */
final class TestKeys {

    static final ConfigKey ALERT_P99 = new ConfigKey("alert.p99.*", ConfigKey.Type.DURATION, "", "test prefix key")
            .withLimit(ValueLimit.atLeast(Duration.ofMillis(1)));
    static final ConfigKey CPU_ALERT = new ConfigKey("cpu.alert-threshold", ConfigKey.Type.PERCENT, "85", "test");
    static final List<String> SENSITIVE = List.of(
            "export.headers", "db.password", "api.token", "client.secret", "export.Headers-Extra");

    private TestKeys() {
    }

    static KeyCatalog catalogWithExtras() {
        List<ConfigKey> keys = new ArrayList<>(ConfigKeys.ALL);
        keys.removeIf(key -> key.name().equals(ALERT_P99.name()));
        keys.add(ALERT_P99);
        keys.add(CPU_ALERT);
        SENSITIVE.forEach(name -> keys.add(new ConfigKey(name, ConfigKey.Type.STRING, "", "test secret")));
        return new KeyCatalog(keys);
    }
}
