package io.perfagent.it.safety;

import io.perfagent.it.ForkedJvm;
import io.perfagent.it.Jdks;
import io.perfagent.it.Reports;
import io.perfagent.itapp.UnderAgentPackageApp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sample.app.BackgroundStartApp;
import sample.app.CountingApp;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code startup.background=true}: premain returns before the probes exist, the classes the application loaded
 * meanwhile (its own and the JDBC driver's) are woven once they do, and every call from then on is measured. An
 * application that ends first, or a start that fails on the background thread, gets one line and nothing else.
 */
class BackgroundStartIT {

    private static final String BACKGROUND = "-Dperfagent.startup.background=true";
    private static final String WORK = "-Dperfagent.methods.include=sample.app.Work#unit";
    private static final int AFTER = 400;

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void classesLoadedBeforeTheProbesAreReadyAreWovenOnceTheyAre(Jdks.Jdk jdk) throws Exception {
        // The start is held back a little so that the application surely runs rounds before the probes are ready.
        ForkedJvm.Result run = ForkedJvm.on(jdk).agent(null).jvmArg(BACKGROUND).jvmArg(WORK)
                .jvmArg("-Dperfagent.flush.interval=200ms").jvmArg("-Dperfagent.test.start-delay-ms=300")
                .main(BackgroundStartApp.class, Integer.toString(AFTER), "60000").run();

        assertEquals(0, run.exitCode(), run::toString);
        // false at main: premain returned before the probes were ready (a blocking start shows true here)
        assertEquals("active at main=false became active=true", run.stdout().strip(), run::toString);
        assertEquals(List.of(), Behaviour.agentLines(run), run::toString);
        long rounds = Long.parseLong(Files.readString(run.workDir().resolve("rounds.txt")).split(" ")[0]);
        assertTrue(rounds > AFTER, "some rounds ran before the probes were ready: " + rounds);
        Reports reports = run.reports();
        for (String key : List.of("sample.app.Work#unit", BackgroundStartApp.QUERY)) {
            long counted = reports.summaryCount(key);
            assertTrue(counted >= AFTER && counted <= rounds,
                    key + ": " + counted + " counted, expected every call once the agent was active (" + AFTER
                            + ") and at most all " + rounds + " rounds; keys " + reports.summaryKeys());
        }
    }

    /**
     * The demo lives under io.perfagent too: the classes such an application loaded before the probes were ready are
     * woven like anyone's (they were once passed over as if they were perfagent's own).
     */
    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void anApplicationUnderIoPerfagentIsWovenOnceTheProbesAreReady(Jdks.Jdk jdk) throws Exception {
        String key = UnderAgentPackageApp.class.getName() + "#unit";
        ForkedJvm.Result run = ForkedJvm.on(jdk).agent(null).jvmArg(BACKGROUND)
                .jvmArg("-Dperfagent.methods.include=" + key).jvmArg("-Dperfagent.flush.interval=200ms")
                .main(UnderAgentPackageApp.class, Integer.toString(AFTER), "60000").run();

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("became active=true", run.stdout().strip(), run::toString);
        assertEquals(List.of(), Behaviour.agentLines(run), run::toString);
        assertTrue(run.reports().summaryCount(key) >= AFTER,
                key + " counted " + run.reports().summaryCount(key) + ", expected at least " + AFTER);
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void anApplicationThatEndsFirstIsToldNothingWasMeasured(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result plain = ForkedJvm.on(jdk).main(CountingApp.class, "1", "10").run();
        ForkedJvm.Result agent = ForkedJvm.on(jdk).agent(null).jvmArg(BACKGROUND).jvmArg(WORK)
                .main(CountingApp.class, "1", "10").run();

        Behaviour.assertUnchanged(plain, agent);
        List<String> said = Behaviour.agentLines(agent);
        assertEquals(1, said.size(), agent::toString);
        assertTrue(said.get(0).contains("ended before the probes were ready"), said.get(0));
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void aStartThatFailsInTheBackgroundLeavesTheApplicationAloneWithOneLine(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result plain = ForkedJvm.on(jdk).main(BackgroundStartApp.class, "0", "1500").run();
        ForkedJvm.Result agent = ForkedJvm.on(jdk).agent(null).jvmArg(BACKGROUND).jvmArg(WORK)
                .jvmArg("-Dperfagent.test.fail-start=true")
                .main(BackgroundStartApp.class, "0", "1500").run();

        Behaviour.assertUnchanged(plain, agent);
        List<String> said = Behaviour.agentLines(agent);
        assertEquals(1, said.size(), agent::toString);
        assertTrue(said.get(0).startsWith("perfagent: disabled: "), said.get(0));
        assertTrue(!Files.exists(agent.reportDir()), "a disabled agent writes no report");
    }
}
