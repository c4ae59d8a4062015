package io.perfagent.core.slow;

import io.perfagent.core.config.ConfigLoader;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SlowSettingsTest {

    private static SlowSettings of(String... keyValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.setProperty("perfagent." + keyValues[i], keyValues[i + 1]);
        }
        return SlowSettings.from(ConfigLoader.load(null, null, properties, null).config());
    }

    @Test
    void everyKindFollowsSlowThresholdUnlessItHasItsOwn() {
        SlowSettings settings = of("slow.threshold", "250ms", "jdbc.slow-threshold", "40ms");
        assertEquals(Duration.ofMillis(40), settings.jdbcThreshold());
        assertEquals(Duration.ofMillis(250), settings.methodThreshold());
    }

    @Test
    void defaultsAreOneSecondEightFramesAndAHundredLines() {
        SlowSettings settings = of();
        assertEquals(Duration.ofSeconds(1), settings.jdbcThreshold());
        assertEquals(Duration.ofSeconds(1), settings.methodThreshold());
        assertEquals(8, settings.stackDepth());
        assertEquals(100, settings.maxPerInterval());
    }

    @Test
    void aMethodThresholdDoesNotChangeTheJdbcOne() {
        SlowSettings settings = of("methods.slow-threshold", "5ms");
        assertEquals(Duration.ofMillis(5), settings.methodThreshold());
        assertEquals(Duration.ofSeconds(1), settings.jdbcThreshold());
    }
}
