package io.perfagent.it.safety;

import com.fasterxml.jackson.databind.JsonNode;
import io.perfagent.it.ForkedJvm;
import io.perfagent.it.Jdks;
import io.perfagent.it.Reports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sample.app.CountingApp;
import sample.safety.RecursionApp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scenarios 13 and 14: many calls from many threads lose no record; deep recursion overflows no earlier than without. */
class CallVolumeSafetyIT {

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void eightThreadsTimesAMillionCallsAreCountedExactly(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result plain = ForkedJvm.on(jdk).main(CountingApp.class, "8", "1000000").run();
        ForkedJvm.Result agent = ForkedJvm.on(jdk).agent(null).jvmArg("-Dperfagent.methods.include=sample.app.Work#unit")
                .jvmArg("-Dperfagent.flush.interval=500ms").main(CountingApp.class, "8", "1000000").run();

        Behaviour.assertUnchanged(plain, agent);
        Reports reports = agent.reports();
        assertEquals(8_000_000L, reports.summaryCount("sample.app.Work#unit"), agent::toString);
        assertEquals(8_000_000L, reports.intervalCountSum("sample.app.Work#unit"));
        assertEquals(0, reports.summary().path("agent").path("samples_dropped").asLong());
        // the agent block reports how often these hot threads woke the drain early (a count, possibly 0)
        assertTrue(reports.summary().path("agent").path("drain_wakeups").isIntegralNumber(), agent::toString);
        // a million calls of one method per thread: counted in place on their threads, and still exactly
        assertTrue(reports.summary().path("agent").path("keys_counted_in_place").asLong() >= 1, agent::toString);
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void deepRecursionOverflowsNoEarlierThanWithoutTheAgent(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result plain = ForkedJvm.on(jdk).main(RecursionApp.class).run();
        ForkedJvm.Result agent = ForkedJvm.on(jdk).agent(null).jvmArg("-Dperfagent.methods.include=sample.safety.Recursion#*")
                .main(RecursionApp.class).run();

        assertEquals(0, plain.exitCode(), plain::toString);
        Behaviour.assertUnchanged(plain, agent);
        JsonNode depth = agent.reports().summaryMetric("sample.safety.Recursion#depth");
        long expected = (long) RecursionApp.REPEATS * (RecursionApp.DEPTH + 1) + 11;
        assertEquals(expected, depth.path("count").asLong(), depth::toString);
        assertEquals(0, depth.path("errors").asLong());
    }
}
