package io.perfagent.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class ConfigNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvFileSource(resources = "/config/env-names.csv")
    void mapsKeysToEnvironmentVariables(String key, String envVar) {
        assertEquals(envVar, ConfigNames.envVar(key));
        assertEquals("perfagent." + key, ConfigNames.systemProperty(key));
    }

    /** Two keys that differ only in '.' versus '-' would share one variable; adding such a key must fail here. */
    @Test
    void everyDeclaredKeyHasItsOwnEnvironmentVariable() {
        Set<String> seen = new HashSet<>();
        for (ConfigKey key : ConfigKeys.ALL) {
            assertTrue(seen.add(ConfigNames.envVar(key.name())), "two keys map to " + ConfigNames.envVar(key.name()));
        }
    }

    @Test
    void environmentVariablesMapBackToKeysIncludingPrefixEntries() {
        KeyCatalog catalog = TestKeys.catalogWithExtras();
        assertEquals("flush.interval", catalog.nameForEnv("PERFAGENT_FLUSH_INTERVAL").orElseThrow());
        assertEquals("report.max-file-size", catalog.nameForEnv("PERFAGENT_REPORT_MAX_FILE_SIZE").orElseThrow());
        assertEquals("alert.p99.sql", catalog.nameForEnv("PERFAGENT_ALERT_P99_sql").orElseThrow());
        assertTrue(catalog.nameForEnv("PERFAGENT_ALERT_P99_").isEmpty());
        assertTrue(catalog.nameForEnv("PERFAGENT_NOPE").isEmpty());
    }
}
