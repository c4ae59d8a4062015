package io.perfagent.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** One dynamic test per line of alert/rule-cases.jsonl: the events of every interval, as "state rule subject". */
class AlertRulesTest {

    @TestFactory
    Stream<DynamicTest> ruleCases() throws IOException {
        return AlertCases.lines("/alert/rule-cases.jsonl").stream()
                .map(c -> DynamicTest.dynamicTest(c.get("name").asText(), () -> run(c)));
    }

    private static void run(JsonNode c) {
        AlertEvaluator evaluator = new AlertEvaluator(AlertCases.settings(c.path("settings")));
        JsonNode intervals = c.get("intervals");
        JsonNode expect = c.get("expect");
        assertEquals(intervals.size(), expect.size(), "case table: one expect entry per interval");
        for (int i = 0; i < intervals.size(); i++) {
            List<String> actual = describe(evaluator.evaluate(AlertCases.interval(i, intervals.get(i))));
            List<String> expected = new ArrayList<>();
            expect.get(i).forEach(e -> expected.add(e.asText()));
            assertEquals(expected, actual, "interval " + (i + 1));
        }
    }

    private static List<String> describe(List<Map<String, Object>> events) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> e : events) {
            Object subject = e.containsKey("key") ? e.get("key") : e.get("resource");
            out.add(e.get("state") + " " + e.get("rule") + " " + subject);
        }
        return out;
    }
}
