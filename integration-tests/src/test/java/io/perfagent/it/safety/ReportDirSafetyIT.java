package io.perfagent.it.safety;

import io.perfagent.it.ForkedJvm;
import io.perfagent.it.Jdks;
import io.perfagent.it.Reports;
import io.perfagent.it.TestPaths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sample.safety.PhasedApp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scenarios 5 and 6: the report directory is read-only, or on a full file system. The application must not notice;
 * the agent says so in one line, keeps the lines in memory and writes every one of them, whole, once the directory
 * is usable again.
 */
class ReportDirSafetyIT {

    private static final String PHASES = "3";
    private static final String CALLS = "1000";

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void aReadOnlyDirectoryLosesNothingOnceWritableAgain(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result plain = plainRun(jdk);
        Path work = Files.createTempDirectory(TestPaths.workRoot(), "readonly");
        try (Tmpfs fs = Tmpfs.mount(work.resolve("perfagent-reports"), "1m")) {
            fs.readOnly();
            ForkedJvm jvm = agentJvm(jdk, work);
            Process process = jvm.start();
            Waits.forText(work.resolve("stderr.txt"), "perfagent: cannot write");
            passGate(work, 1);
            fs.writable();
            passGate(work, 2);
            ForkedJvm.Result agent = jvm.waitFor(process);
            assertNothingLost(plain, agent);
        }
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void aFullDiskLosesNothingAndTearsNoLineOnceSpaceIsFree(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result plain = plainRun(jdk);
        Path work = Files.createTempDirectory(TestPaths.workRoot(), "full");
        Path reports = work.resolve("perfagent-reports");
        try (Tmpfs fs = Tmpfs.mount(reports, "256k")) {
            ForkedJvm jvm = agentJvm(jdk, work);
            Process process = jvm.start();
            Waits.until("two report lines", () -> reportText(reports).lines().count() >= 2);
            fs.fill(); // the live file's last page still has room: the next lines fit, then one is cut short
            Waits.touch(work.resolve("go1"));
            Waits.forText(work.resolve("stderr.txt"), "perfagent: cannot write");
            Waits.forText(work.resolve("stdout.txt"), "phase 1 done");
            Thread.sleep(300); // a few intervals wait in memory
            fs.drain();
            passGate(work, 2);
            ForkedJvm.Result agent = jvm.waitFor(process);
            assertNothingLost(plain, agent);
        }
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void aDirectoryThatStaysReadOnlyCostsOneLine(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result plain = plainRun(jdk);
        Path work = Files.createTempDirectory(TestPaths.workRoot(), "stays-readonly");
        try (Tmpfs fs = Tmpfs.mount(work.resolve("perfagent-reports"), "1m")) {
            fs.readOnly();
            openGates(work);
            ForkedJvm.Result agent = agentJvm(jdk, work).run();
            Behaviour.assertUnchanged(plain, agent);
            List<String> said = Behaviour.agentLines(agent);
            assertEquals(1, said.size(), agent::toString);
            assertTrue(said.get(0).startsWith("perfagent: cannot write "), said.get(0));
            try (Stream<Path> files = Files.list(agent.reportDir())) {
                assertEquals(0, files.count());
            }
        }
    }

    static ForkedJvm.Result plainRun(Jdks.Jdk jdk) throws Exception {
        Path work = Files.createTempDirectory(TestPaths.workRoot(), "plain");
        openGates(work);
        return ForkedJvm.on(jdk).workDir(work).main(PhasedApp.class, PHASES, CALLS).run();
    }

    private static ForkedJvm agentJvm(Jdks.Jdk jdk, Path work) {
        return ForkedJvm.on(jdk).agent(null).jvmArg(StartupSafetyIT.VALUES).jvmArg("-Dperfagent.flush.interval=100ms")
                .workDir(work).main(PhasedApp.class, PHASES, CALLS);
    }

    private static void openGates(Path work) throws Exception {
        for (int gate = 1; gate < Integer.parseInt(PHASES); gate++) {
            Waits.touch(work.resolve("go" + gate));
        }
    }

    /** Lets the application into phase {@code gate} and waits until it has made that phase's calls. */
    private static void passGate(Path work, int gate) throws Exception {
        Waits.touch(work.resolve("go" + gate));
        Waits.forText(work.resolve("stdout.txt"), "phase " + gate + " done");
        Thread.sleep(300); // a few intervals pass in this state
    }

    private static void assertNothingLost(ForkedJvm.Result plain, ForkedJvm.Result agent) throws Exception {
        Behaviour.assertUnchanged(plain, agent);
        List<String> said = Behaviour.agentLines(agent);
        assertEquals(1, said.size(), () -> "one line while the directory is unusable: " + agent);
        assertTrue(said.get(0).startsWith("perfagent: cannot write "), said.get(0));
        Reports reports = agent.reports(); // fails on any line that is not whole JSON
        long expected = Long.parseLong(PHASES) * Long.parseLong(CALLS);
        assertEquals(expected, reports.intervalCountSum("sample.safety.Values#plus"), "intervals kept in memory");
        assertEquals(expected, reports.summaryCount("sample.safety.Values#plus"));
    }

    private static String reportText(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".jsonl")).map(Waits::read).reduce("", String::concat);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
