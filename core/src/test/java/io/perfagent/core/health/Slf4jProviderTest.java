package io.perfagent.core.health;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

/** OSHI logs through slf4j; without a provider slf4j would print "No SLF4J providers" on the application's stderr. */
class Slf4jProviderTest {

    @Test
    void aNoOpProviderIsOnTheRuntimeClassPath() {
        assertNotNull(getClass().getClassLoader().getResource("META-INF/services/org.slf4j.spi.SLF4JServiceProvider"),
                "slf4j-nop must be a runtime dependency of core");
    }
}
