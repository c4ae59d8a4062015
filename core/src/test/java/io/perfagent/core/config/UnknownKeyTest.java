package io.perfagent.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class UnknownKeyTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvFileSource(resources = "/config/did-you-mean.csv")
    void suggestsTheNearestDeclaredKey(String written, String suggested) {
        assertEquals(Optional.ofNullable(suggested), KeyCatalog.standard().suggestName(written));
    }

    @Test
    void unknownKeyInTheFile() {
        assertEquals(List.of("perfagent: unknown key \"flush.intreval\" (from agent.properties);"
                        + " did you mean \"flush.interval\"? ignored"),
                new LoadFixture(dir).file("agent.properties", "flush.intreval=1s\n").load().warnings());
    }

    @Test
    void unknownKeyWithoutASuggestion() {
        assertEquals(List.of("perfagent: unknown key \"completely.different\" (from the agent argument); ignored"),
                new LoadFixture(dir).args("completely.different=1").load().warnings());
    }

    @Test
    void unknownSystemPropertyAndEnvironmentVariableAreOursToo() {
        List<String> warnings = new LoadFixture(dir)
                .property("perfagent.flush.intreval", "1s")
                .env("PERFAGENT_FLUSH_INTREVAL", "1s")
                .load().warnings();
        assertEquals(List.of(
                "perfagent: unknown key \"flush.intreval\" (from system properties); did you mean \"flush.interval\"?"
                        + " ignored",
                "perfagent: unknown key \"PERFAGENT_FLUSH_INTREVAL\" (from the environment);"
                        + " did you mean \"PERFAGENT_FLUSH_INTERVAL\"? ignored"), warnings);
    }

    @Test
    void locatorsTestSwitchesAndOtherPeoplesSettingsAreNotWarnedAbout() {
        List<String> warnings = new LoadFixture(dir)
                .property("perfagent.config", "")
                .property("perfagent.test.fail-fast", "true")
                .property("java.io.tmpdir", "/tmp")
                .property("perfagentish", "x")
                .env("PERFAGENT_CONFIG", "")
                .env("PERFAGENT_TEST_MODE", "1")
                .env("PATH", "/bin")
                .load().warnings();
        assertEquals(List.of(), warnings);
    }
}
