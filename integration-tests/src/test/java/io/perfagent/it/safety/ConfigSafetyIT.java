package io.perfagent.it.safety;

import io.perfagent.core.config.ConfigKey;
import io.perfagent.core.config.ConfigKeys;
import io.perfagent.it.ForkedJvm;
import io.perfagent.it.Jdks;
import io.perfagent.it.Reports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sample.safety.ValuesApp;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scenario 2: every configuration key, given a malformed value, one forked run each. The table is core's
 * {@link ConfigKeys#ALL}, so a new key is covered without touching this test; the malformed value comes from its type
 * ({@code safety/malformed-values.csv}). JDK 17 only: configuration parsing does not depend on the JDK.
 */
class ConfigSafetyIT {

    private static final Map<String, String> MALFORMED = CsvTable.read("/safety/malformed-values.csv");
    private static final Map<String, String> EFFECTS = CsvTable.read("/safety/malformed-key-effects.csv");
    private static ForkedJvm.Result plain;

    @BeforeAll
    static void runWithoutAgent() throws Exception {
        plain = ForkedJvm.on(Jdks.current()).main(ValuesApp.class).run();
    }

    static List<ConfigKey> keys() {
        return ConfigKeys.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void aMalformedValueIsOneWarningAndChangesNothingForTheApplication(ConfigKey key) throws Exception {
        String value = MALFORMED.get(key.type().name());
        assertNotNull(value, "safety/malformed-values.csv has no malformed value for type " + key.type());
        String name = key.isPrefix() ? key.prefix() + "sample.safety.Values#plus" : key.name();
        ForkedJvm jvm = ForkedJvm.on(Jdks.current()).agent(null).jvmArg("-Dperfagent." + name + "=" + value);
        if (!name.equals("methods.include")) {
            jvm.jvmArg(StartupSafetyIT.VALUES);
        }
        ForkedJvm.Result agent = jvm.main(ValuesApp.class).run();

        Behaviour.assertUnchanged(plain, agent);
        List<String> said = Behaviour.agentLines(agent);
        assertEquals(1, said.size(), () -> "one warning for " + name + ": " + agent);
        assertTrue(said.get(0).contains(name), said.get(0));
        Reports reports = agent.reports();
        if ("no-metrics".equals(EFFECTS.get(key.name()))) {
            assertEquals(List.of(), reports.summaryKeys(), agent::toString);
        } else {
            assertEquals(ValuesApp.ROUNDS, reports.summaryCount("sample.safety.Values#plus"), agent::toString);
        }
    }
}
