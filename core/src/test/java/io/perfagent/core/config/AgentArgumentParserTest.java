package io.perfagent.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AgentArgumentParserTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void splitsTheAgentArgument(JsonNode c) {
        List<String> warnings = new ArrayList<>();
        Map<String, String> pairs = AgentArgumentParser.parse(c.get("argument").asText(), KeyCatalog.standard(),
                warnings);
        assertEquals(Tables.map(c.get("pairs")), pairs);
        assertEquals(Tables.strings(c.get("warnings")), warnings);
    }

    static Stream<Arguments> cases() {
        return Tables.json("agent-arguments.json");
    }

    @Test
    void nullArgumentIsEmpty() {
        assertEquals(Map.of(), AgentArgumentParser.parse(null, KeyCatalog.standard(), new ArrayList<>()));
    }

    @Test
    void aDeclaredPrefixEntryWithUnusualCharactersStartsANewPair() {
        List<String> warnings = new ArrayList<>();
        Map<String, String> pairs = AgentArgumentParser.parse("keys.max=5,alert.p99.com.x.Svc#find=50ms",
                TestKeys.catalogWithExtras(), warnings);
        assertEquals(Map.of("keys.max", "5", "alert.p99.com.x.Svc#find", "50ms"), pairs);
        assertEquals(List.of(), warnings);
    }
}
