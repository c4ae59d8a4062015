package io.perfagent.it.safety;

import io.perfagent.it.ForkedJvm;
import io.perfagent.it.Jdks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sample.app.CountingApp;
import sample.safety.ModuleCensusApp;
import sample.safety.ThreadCensusApp;
import sample.safety.ValuesApp;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Start-up faults and the agent's own threads: scenario 1 of the safety suite, plus double start and thread hygiene. */
class StartupSafetyIT {

    static final String VALUES = "-Dperfagent.methods.include=sample.safety.Values#*";

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void aFailingPremainLeavesTheApplicationAloneWithOneLine(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result plain = ForkedJvm.on(jdk).main(ThreadCensusApp.class).run();
        ForkedJvm.Result agent = ForkedJvm.on(jdk).agent(null).jvmArg(VALUES).jvmArg("-Dperfagent.test.fail-start=true")
                .main(ThreadCensusApp.class).run();

        Behaviour.assertUnchanged(plain, agent);
        List<String> said = Behaviour.agentLines(agent);
        assertEquals(1, said.size(), agent::toString);
        assertTrue(said.get(0).startsWith("perfagent: disabled: "), said.get(0));
        assertFalse(Files.exists(agent.reportDir()), "a disabled agent writes no report");
        assertEquals(List.of(), Files.readAllLines(agent.workDir().resolve("threads.txt")), "no agent thread");
    }

    /**
     * The class-load filters run while the JVM loads a class, often one of java.lang.invoke's own: if a filter itself
     * needed such a class (a lambda or string concatenation linked on first use), the JVM threw ClassCircularityError
     * into the application's first lambda, in about one run of three. Several runs, with both kinds of include.
     */
    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void classLoadFiltersNeverFailTheJdksOwnClassLoading(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result plain = ForkedJvm.on(jdk).main(CountingApp.class, "2", "1000").run();
        for (int run = 0; run < 6; run++) {
            ForkedJvm.Result agent = ForkedJvm.on(jdk).agent(null).jvmArg("-Dperfagent.flush.interval=200ms")
                    .jvmArg("-Dperfagent.methods.include=sample.app.Work#*,@sample.app.NoSuchAnnotation")
                    .main(CountingApp.class, "2", "1000").run();
            Behaviour.assertUnchanged(plain, agent);
            assertEquals(2000, agent.reports().summaryCount("sample.app.Work#unit"), agent::toString);
        }
    }

    /**
     * The allocation counter's MXBean is built directly (DirectThreadBean): premain must not pay for the JDK's platform
     * MXBean set-up, and the internal packages it needs are exported to the agent's loader, never the application's.
     */
    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void premainSetsUpNoPlatformMxBeansAndExportsNothingToTheApplication(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result plain = ForkedJvm.on(jdk).main(ModuleCensusApp.class).run();
        ForkedJvm.Result agent = ForkedJvm.on(jdk).agent(null).jvmArg(VALUES)
                .jvmArg("-Xlog:class+load:file=classes.txt").main(ModuleCensusApp.class).run();

        Behaviour.assertUnchanged(plain, agent);
        assertTrue(plain.stdout().contains("sun.management: false"), plain::toString);
        List<String> loaded = Files.readAllLines(agent.workDir().resolve("classes.txt"));
        int main = indexOf(loaded, " sample.safety.ModuleCensusApp ");
        assertTrue(main > 0, "the application's main class is in the class-load log");
        assertTrue(indexOf(loaded, " com.sun.management.internal.HotSpotThreadImpl ") < main,
                "premain built the thread MXBean");
        int platform = indexOf(loaded, " java.lang.management.ManagementFactory$PlatformMBeanFinder ");
        assertTrue(platform < 0 || platform > main, "premain set up the platform MXBeans: line " + platform);
        assertEquals(1, agent.reports().summaryCount("sample.safety.Values#plus"), agent::toString);
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void aSecondJavaagentIsANoOpWithOneLine(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result plain = ForkedJvm.on(jdk).main(ValuesApp.class).run();
        ForkedJvm.Result agent = ForkedJvm.on(jdk).agent(null).jvmArg("-javaagent:" + ForkedJvm.AGENT_JAR.toAbsolutePath())
                .jvmArg(VALUES).main(ValuesApp.class).run();

        Behaviour.assertUnchanged(plain, agent);
        List<String> said = Behaviour.agentLines(agent);
        assertEquals(1, said.size(), agent::toString);
        assertTrue(said.get(0).contains("already running"), said.get(0));
        assertEquals(ValuesApp.ROUNDS, agent.reports().summaryCount("sample.safety.Values#plus"), "counted once, not twice");
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void agentThreadsAreDaemonNamedWithoutContextLoaderAndOutliveTheApplicationsHooks(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result plain = ForkedJvm.on(jdk).main(ThreadCensusApp.class).run();
        ForkedJvm.Result agent = ForkedJvm.on(jdk).agent(null).jvmArg(VALUES).main(ThreadCensusApp.class).run();

        Behaviour.assertUnchanged(plain, agent);
        List<String> running = Files.readAllLines(agent.workDir().resolve("threads.txt"));
        assertTrue(running.stream().anyMatch(l -> l.startsWith("perfagent-flush ")), running::toString);
        for (String thread : running) {
            assertTrue(thread.matches("perfagent-[a-z-]+ daemon=true contextLoader=null"), thread);
        }
        // daemon threads never hold the JVM up; the final flush runs after the application's shutdown hooks, so while
        // they run the flush thread still records what they do, and no hook thread of perfagent's runs beside them
        List<String> inHooks = Files.readAllLines(agent.workDir().resolve("threads-in-hooks.txt"));
        assertTrue(inHooks.stream().anyMatch(l -> l.startsWith("perfagent-flush ")), inHooks::toString);
        assertTrue(inHooks.stream().noneMatch(l -> l.startsWith("perfagent-shutdown ")), inHooks::toString);
        assertEquals(1000, agent.reports().summaryCount("sample.safety.Values#plus"));
    }
}
