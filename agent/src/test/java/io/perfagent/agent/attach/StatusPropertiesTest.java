package io.perfagent.agent.attach;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatusPropertiesTest {

    @Test
    void sinceIsWrittenExactlyAsInstantWritesItself() {
        for (String text : new String[] {"2026-11-27T23:26:00Z", "2026-11-27T23:26:22Z", "2026-11-27T23:26:22.100Z",
                "2026-11-27T23:26:22.397058Z", "2026-11-27T23:26:22.397058158Z", "1970-01-01T00:00:00Z",
                "2024-02-29T00:00:00.000000001Z", "1969-12-31T23:59:59.999Z"}) {
            Instant instant = Instant.parse(text);
            assertEquals(instant.toString(), StatusProperties.isoText(instant), text);
        }
        Instant now = Instant.now();
        assertEquals(now.toString(), StatusProperties.isoText(now));
    }
}
