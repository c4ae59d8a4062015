package io.perfagent.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {

    @TempDir
    Path dir;

    @Test
    void typedGettersReturnTheDefaults() {
        Config config = Config.defaults();
        assertTrue(config.bool("enabled"));
        assertEquals(2000, config.integer("keys.max"));
        assertEquals(Duration.ofSeconds(10), config.duration("flush.interval"));
        assertEquals(16L * 1024 * 1024, config.size("report.max-file-size"));
        assertEquals("./perfagent-reports", config.string("report.dir"));
        assertEquals(List.of(), config.list("methods.include"));
    }

    @Test
    void percentGetter() {
        Config config = new LoadFixture(dir).catalog(TestKeys.catalogWithExtras())
                .property("perfagent.cpu.alert-threshold", "92.5%").load().config();
        assertEquals(92.5, config.percent("cpu.alert-threshold"));
    }

    @Test
    void undeclaredKeysAndWrongTypesAreProgrammingErrors() {
        Config config = Config.defaults();
        assertThrows(IllegalArgumentException.class, () -> config.bool("no.such.key"));
        assertThrows(IllegalArgumentException.class, () -> config.string("no.such.key"));
        assertThrows(IllegalArgumentException.class, () -> config.sourceOf("no.such.key"));
        assertThrows(IllegalArgumentException.class, () -> config.prefixed("no.such.*"));
        assertThrows(IllegalArgumentException.class, () -> config.duration("keys.max"));
        assertThrows(IllegalArgumentException.class, () -> config.percent("enabled"));
    }

    @Test
    void prefixEntriesAreCollectedCheckedAndRankedLikeOtherKeys() {
        LoadedConfig loaded = new LoadFixture(dir).catalog(TestKeys.catalogWithExtras())
                .property("perfagent.alert.p99.sql", "50ms")
                .env("PERFAGENT_ALERT_P99_sql", "70ms")
                .file("agent.properties", "alert.p99.com.x.Svc#find=20ms\nalert.p99.bad=soon\nalert.p99.tiny=0ms\n")
                .load();
        Config config = loaded.config();
        Map<String, String> expected = Map.of("sql", "50ms", "com.x.Svc#find", "20ms");
        assertEquals(expected, config.prefixed("alert.p99.*"));
        assertEquals(expected, config.prefixed("alert.p99."));
        assertEquals(expected, config.prefixed("alert.p99"));
        assertEquals(Source.SYSTEM_PROPERTY, config.sourceOf("alert.p99.sql"));
        assertEquals(Source.DEFAULT, config.sourceOf("alert.p99.unset"));
        assertEquals(List.of(
                "perfagent: alert.p99.bad=\"soon\" is not a duration (e.g. 10s); ignored",
                "perfagent: alert.p99.tiny=\"0ms\" is out of range (must be at least 1ms); ignored"), loaded.warnings());
    }

    @Test
    void redactedShowsEveryValueButHidesSecrets() {
        LoadFixture f = new LoadFixture(dir).catalog(TestKeys.catalogWithExtras())
                .args("methods.include=com.a.*,com.b.*,alert.p99.sql=50ms");
        TestKeys.SENSITIVE.forEach(name -> f.property(ConfigNames.systemProperty(name), "Bearer s3cr3t"));
        Map<String, String> shown = f.load().config().redacted();

        TestKeys.SENSITIVE.forEach(name -> assertEquals("***", shown.get(name), name));
        assertFalse(shown.toString().contains("s3cr3t"));
        assertEquals("2000", shown.get("keys.max"));
        assertEquals("com.a.*,com.b.*", shown.get("methods.include"));
        assertEquals("50ms", shown.get("alert.p99.sql"));
        long plainKeys = ConfigKeys.ALL.stream().filter(key -> !key.isPrefix()).count();
        assertEquals(plainKeys + TestKeys.SENSITIVE.size() + 2, shown.size(),
                "every plain key plus the percent key and one prefix entry");
        assertThrows(UnsupportedOperationException.class, () -> shown.put("x", "y"));
    }

    @Test
    void redactionMatchesTheSensitiveWordsAnywhereInTheName() {
        assertTrue(Redaction.isSensitive("exporter.otlp.HEADERS"));
        assertTrue(Redaction.isSensitive("db.password-file"));
        assertFalse(Redaction.isSensitive("report.dir"));
    }

    @Test
    void valuesHandedOutCannotBeChanged() {
        Config config = new LoadFixture(dir).args("methods.include=com.a.*").load().config();
        assertThrows(UnsupportedOperationException.class, () -> config.list("methods.include").add("x"));
    }
}
