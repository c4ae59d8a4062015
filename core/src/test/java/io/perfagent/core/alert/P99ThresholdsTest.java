package io.perfagent.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** One dynamic test per line of alert/p99-thresholds.jsonl: which override (if any) sets a key's threshold. */
class P99ThresholdsTest {

    @TestFactory
    Stream<DynamicTest> thresholdCases() throws IOException {
        return AlertCases.lines("/alert/p99-thresholds.jsonl").stream()
                .map(c -> DynamicTest.dynamicTest(c.get("kind").asText() + " " + c.get("key").asText()
                        + " with " + c.get("overrides_ms"), () -> check(c)));
    }

    private static void check(JsonNode c) {
        P99Thresholds thresholds = new P99Thresholds(Duration.ofMillis(1000),
                AlertCases.overrides(c.get("overrides_ms")));
        long nanos = thresholds.nanosFor(c.get("key").asText(), c.get("kind").asText());
        assertEquals(c.get("expect_ms").asLong(), nanos / 1_000_000L);
    }
}
