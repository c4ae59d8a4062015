package io.perfagent.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whole-file reload decisions from src/test/resources/config/reload-cases.json; the config line's shape. */
class ReloadDecisionTest {

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Tables.json("reload-cases.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decides(JsonNode c) throws IOException {
        LoadedConfig before = load(c.path("before").asText());
        LoadedConfig after = c.path("after").isNull() ? loadMissing() : load(c.path("after").asText());

        ReloadDecision d = ReloadDecision.decide(before, check(before.config()), after, check(after.config()));

        assertEquals(c.path("outcome").asText(), d.outcome().name(), c.path("name").asText());
        if (c.has("changed")) {
            assertEquals(Tables.strings(c.path("changed")), List.copyOf(d.change().changedKeys()));
        }
        if (c.has("message")) {
            assertEquals(c.path("message").asText(), d.message());
        }
        if (c.has("messageStart")) {
            assertTrue(d.message().startsWith(c.path("messageStart").asText()), d.message());
            assertTrue(d.message().endsWith("; keeping the previous configuration"), d.message());
        }
        if (d.outcome() == ReloadDecision.Outcome.REJECT) {
            assertNull(d.change());
            assertEquals(1, d.message().lines().count(), "one line");
        }
    }

    @Test
    void configLineNamesChangedKeysAndRedactsSecrets() throws IOException {
        Config before = load("flush.interval=1s\n").config();
        Config after = load("flush.interval=2s\n").config();
        Map<String, Object> event = ConfigChange.between(before, after).event(Instant.parse("2025-01-01T00:00:00Z"));
        assertEquals("config", event.get("type"));
        assertEquals("2025-01-01T00:00:00Z", event.get("time"));
        assertEquals(Map.of("flush.interval", "2s"), event.get("changed"));
        assertEquals(after.redacted(), event.get("config"));
    }

    /** A stand-in for the agent's pattern checks: a pattern spelled BROKEN is a problem. */
    private static List<String> check(Config config) {
        return config.list("methods.include").contains("BROKEN")
                ? List.of("perfagent: pattern BROKEN is broken; ignored") : List.of();
    }

    private LoadedConfig load(String content) throws IOException {
        Files.writeString(dir.resolve("agent.properties"), content);
        return ConfigLoader.load("config=agent.properties", Map.of(), null, dir);
    }

    private LoadedConfig loadMissing() throws IOException {
        Files.deleteIfExists(dir.resolve("agent.properties"));
        return ConfigLoader.load("config=agent.properties", Map.of(), null, dir);
    }
}
