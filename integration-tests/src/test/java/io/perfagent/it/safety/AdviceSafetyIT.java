package io.perfagent.it.safety;

import com.fasterxml.jackson.databind.JsonNode;
import io.perfagent.it.ForkedJvm;
import io.perfagent.it.Jdks;
import io.perfagent.it.Reports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sample.safety.ExceptionsApp;
import sample.safety.ValuesApp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Faults inside woven code: scenario 3 (the probe itself throws) and 4 (the instrumented method throws). */
class AdviceSafetyIT {

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void aThrowingProbeIsSwallowedAndCountedWhileMethodsReturnTheirValues(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result plain = ForkedJvm.on(jdk).main(ValuesApp.class).run();
        ForkedJvm.Result agent = ForkedJvm.on(jdk).agent(null).jvmArg(StartupSafetyIT.VALUES)
                .jvmArg("-Dperfagent.test.fail-advice=true").main(ValuesApp.class).run();

        Behaviour.assertUnchanged(plain, agent);
        assertEquals(0, Behaviour.agentLines(agent).size(), agent::toString);
        JsonNode summary = agent.reports().summary();
        assertEquals(ValuesApp.CALLS, summary.path("agent").path("advice_errors").asLong(),
                "every probe exit threw once and was counted: " + summary);
        assertEquals(0, summary.path("metrics").size(), "a probe that failed records nothing: " + summary);
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void theApplicationSeesItsOwnExceptionsUnchanged(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result plain = ForkedJvm.on(jdk).main(ExceptionsApp.class).run();
        ForkedJvm.Result agent = ForkedJvm.on(jdk).agent(null).jvmArg("-Dperfagent.methods.include=sample.safety.Failures#*")
                .main(ExceptionsApp.class).run();

        assertEquals(1, plain.exitCode(), "the application dies of its own uncaught exception: " + plain);
        assertTrue(plain.stdout().contains("Caused by: java.io.IOException: odd code 1"), plain::toString);
        assertTrue(plain.stdout().contains("Suppressed: java.lang.UnsupportedOperationException"), plain::toString);
        Behaviour.assertUnchanged(plain, agent);

        Reports reports = agent.reports();
        JsonNode checked = reports.summaryMetric("sample.safety.Failures#checked");
        assertEquals(ExceptionsApp.CHECKED_CALLS, checked.path("count").asLong(), checked::toString);
        assertEquals(ExceptionsApp.CHECKED_ERRORS, checked.path("errors").asLong(), checked::toString);
        JsonNode deep = reports.summaryMetric("sample.safety.Failures#deep");
        assertEquals(ExceptionsApp.DEEP_CALLS, deep.path("count").asLong(), deep::toString);
        assertEquals(ExceptionsApp.DEEP_CALLS, deep.path("errors").asLong(), deep::toString);
        assertEquals(0, reports.summary().path("agent").path("advice_errors").asLong());
    }
}
