package io.perfagent.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;

class ValueParsersTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvFileSource(resources = "/config/values.csv")
    void parsesEachTypeFromTheTable(ConfigKey.Type type, String input, String expected) {
        ParseResult<?> result = ValueParsers.parse(type, input == null ? "" : input);
        if (expected.startsWith("error: ")) {
            assertFalse(result.isOk(), () -> "expected an error but got " + result.value());
            assertTrue(result.problem().contains(expected.substring("error: ".length())), result.problem());
        } else {
            assertTrue(result.isOk(), () -> "unexpected problem: " + result.problem());
            assertEquals(expected, shown(type, result.value()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listCases")
    void splitsListsOutsideParentheses(JsonNode c) {
        ParseResult<java.util.List<String>> result = ValueParsers.list(c.get("input").asText());
        if (c.has("error")) {
            assertFalse(result.isOk(), () -> "expected an error but got " + result.value());
            assertTrue(result.problem().contains(c.get("error").asText()), result.problem());
        } else {
            assertTrue(result.isOk(), () -> "unexpected problem: " + result.problem());
            assertEquals(Tables.strings(c.get("items")), result.value());
        }
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> listCases() {
        return Tables.json("lists.json");
    }

    @Test
    void nullAndOddInputGiveReasonsInsteadOfThrowing() {
        for (ConfigKey.Type type : ConfigKey.Type.values()) {
            for (String odd : new String[] {null, "\u0000", "((((", "9".repeat(400), "1e999", "∞", "١٢"}) {
                ParseResult<?> result = ValueParsers.parse(type, odd);
                assertNotNull(result.isOk() ? result.value() : result.problem(), type + " " + odd);
            }
        }
    }

    @Test
    void formatReadsBackToTheSameDuration() {
        for (String text : new String[] {"100ms", "10s", "250us", "7ns", "2m", "3h"}) {
            Duration d = ValueParsers.duration(text).value();
            assertEquals(text, DurationParser.format(d));
            assertEquals(d, ValueParsers.duration(DurationParser.format(d)).value());
        }
    }

    private static String shown(ConfigKey.Type type, Object value) {
        return type == ConfigKey.Type.DURATION ? ((Duration) value).toString() : String.valueOf(value);
    }
}
