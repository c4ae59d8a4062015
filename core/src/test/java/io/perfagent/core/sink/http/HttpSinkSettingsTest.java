package io.perfagent.core.sink.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfagent.core.config.Config;
import io.perfagent.core.config.ConfigLoader;
import io.perfagent.core.config.LoadedConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class HttpSinkSettingsTest {

    private static Config config(Map<String, String> values) {
        Properties p = new Properties();
        values.forEach((k, v) -> p.setProperty("perfagent." + k, v));
        LoadedConfig loaded = ConfigLoader.load(null, Map.of(), p, null);
        assertEquals(List.of(), loaded.warnings());
        return loaded.config();
    }

    @Test
    void offUnlessAUrlIsSet() {
        assertTrue(HttpSinkSettings.from(Config.defaults(), k -> null, new ArrayList<>()).isEmpty());
    }

    @Test
    void readsEveryKeyAndDefaults() {
        Config c = config(Map.of("sink.http.url", "https://collector.example.com/v1?token=abc",
                "sink.http.headers", "Authorization=Bearer ${PA_TOKEN},X-Team=pay",
                "sink.http.truststore-password", "pw-secret"));
        HttpSinkSettings s = HttpSinkSettings.from(c, Map.of("PA_TOKEN", "tok-secret")::get, new ArrayList<>())
                .orElseThrow();
        assertEquals(Map.of("Authorization", "Bearer tok-secret", "X-Team", "pay"), s.headers());
        assertFalse(s.gzip());
        assertEquals(64, s.queueSize());
        assertEquals(Duration.ofSeconds(5), s.timeout());
        assertEquals(5, s.maxRetries());
        assertEquals(Duration.ofSeconds(3), s.shutdownTimeout());
        String shown = s.toString();
        assertFalse(shown.contains("tok-secret") || shown.contains("pw-secret") || shown.contains("token=abc"), shown);
    }

    @Test
    void secretsAreRedactedWhereverConfigIsShown() {
        Config c = config(Map.of("sink.http.headers", "Authorization=Bearer abc123",
                "sink.http.truststore-password", "pw-secret"));
        Map<String, String> shown = c.redacted();
        assertEquals("***", shown.get("sink.http.headers"));
        assertEquals("***", shown.get("sink.http.truststore-password"));
        assertFalse(shown.toString().contains("abc123") || shown.toString().contains("pw-secret"));
    }
}
