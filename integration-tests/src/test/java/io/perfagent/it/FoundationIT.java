package io.perfagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sample.app.CountingApp;
import sample.app.LateExitApp;
import sample.app.LatencyApp;
import sample.app.ThrowingApp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The foundation promises, each checked in a forked JVM with the real perfagent.jar on every available JDK. */
class FoundationIT {

    private static final String WORK = "-Dperfagent.methods.include=sample.app.Work#*";

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void countsAreExactAcrossThreadsAndIntervals(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result run = ForkedJvm.on(jdk).agent(null).jvmArg(WORK).jvmArg("-Dperfagent.flush.interval=100ms")
                .main(CountingApp.class, "4", "250000").run();
        assertEquals(0, run.exitCode(), run::toString);
        Reports reports = run.reports();
        assertEquals(1_000_000L, reports.intervalCountSum("sample.app.Work#unit"), run::toString);
        assertEquals(1_000_000L, reports.summaryCount("sample.app.Work#unit"));
        assertEquals(0L, reports.summary().path("agent").path("samples_dropped").asLong());
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void latencyAndAllocationPercentilesMatchWhatTheCodeDoes(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result run = ForkedJvm.on(jdk).agent(null).jvmArg(WORK).main(LatencyApp.class).run();
        assertEquals(0, run.exitCode(), run::toString);
        Reports reports = run.reports();

        long sleepP50 = reports.summaryMetric("sample.app.Work#sleep20").path("latency_ns").path("p50").asLong();
        assertTrue(sleepP50 >= 20_000_000L && sleepP50 <= 30_000_000L, "sleep p50 " + sleepP50);

        long allocP50 = reports.summaryMetric("sample.app.Work#allocateMegabyte").path("alloc_bytes").path("p50").asLong();
        assertTrue(allocP50 >= 1_000_000L && allocP50 <= 1_100_000L, "alloc p50 " + allocP50);

        JsonNode quiet = reports.summaryMetric("sample.app.Work#noAllocation");
        assertEquals(5000, quiet.path("count").asLong());
        assertTrue(quiet.path("alloc_bytes").path("p99").asLong() < 1024, "no-alloc p99 " + quiet);
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void exceptionsReachTheCallerUnchangedAndAreCounted(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result plain = ForkedJvm.on(jdk).main(ThrowingApp.class).run();
        ForkedJvm.Result agent = ForkedJvm.on(jdk).agent(null).jvmArg(WORK).main(ThrowingApp.class).run();
        assertEquals(0, plain.exitCode(), plain::toString);
        assertEquals(plain.exitCode(), agent.exitCode(), agent::toString);
        assertEquals(plain.stdout(), agent.stdout(), "the application's own output, stack trace included");
        assertTrue(plain.stdout().contains("planned failure 0"));
        JsonNode fail = agent.reports().summaryMetric("sample.app.Work#fail");
        assertEquals(11, fail.path("count").asLong());
        assertEquals(10, fail.path("errors").asLong());
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void applicationOutputIsByteIdenticalWithAndWithoutTheAgent(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result plain = ForkedJvm.on(jdk).main(CountingApp.class, "2", "1000").run();
        ForkedJvm.Result agent = ForkedJvm.on(jdk).agent(null).jvmArg(WORK).main(CountingApp.class, "2", "1000").run();
        assertEquals(plain.stdout(), agent.stdout());
        assertEquals(plain.stderr(), agent.stderr(), "a healthy run adds nothing to stderr");
        assertEquals(plain.exitCode(), agent.exitCode());
        assertEquals(2000, agent.reports().summaryCount("sample.app.Work#unit"));
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void callsMadeJustBeforeExitAreInTheFinalFlush(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result run = ForkedJvm.on(jdk).agent(null).jvmArg(WORK).jvmArg("-Dperfagent.flush.interval=1m")
                .main(LateExitApp.class).run();
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(777, run.reports().intervalCountSum("sample.app.Work#unit"));
        assertEquals(777, run.reports().summaryCount("sample.app.Work#unit"));
    }
}
