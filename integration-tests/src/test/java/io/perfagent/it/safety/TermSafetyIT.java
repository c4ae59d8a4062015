package io.perfagent.it.safety;

import io.perfagent.core.read.Report;
import io.perfagent.core.read.ReportReader;
import io.perfagent.it.ForkedJvm;
import io.perfagent.it.Jdks;
import io.perfagent.it.Reports;
import io.perfagent.it.TestPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sample.safety.TermApp;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Scenario 16: kill -TERM while the agent is flushing. With 800 keys every 100 ms interval line is large, and the
 * signal is sent just as the next flush is due. The report must hold only whole lines, the summary must be written,
 * and it must count every call made.
 */
class TermSafetyIT {

    private static final int METHODS = 800;
    private static final int ROUNDS = 20;
    private static String classPath;

    @BeforeAll
    static void generate() throws Exception {
        Path classes = GeneratedClasses.writeMany(Files.createTempDirectory(TestPaths.workRoot(), "many"), METHODS);
        classPath = TestPaths.appClassPath() + File.pathSeparator + classes;
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void sigtermDuringAFlushLeavesWholeLinesAndTheSummary(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result plain = terminate(ForkedJvm.on(jdk), false);
        ForkedJvm.Result agent = terminate(ForkedJvm.on(jdk).agent(null)
                .jvmArg("-Dperfagent.methods.include=sample.safety.gen.Many#m*").jvmArg("-Dperfagent.flush.interval=100ms")
                .jvmArg("-Dperfagent.keys.max=" + (METHODS + 10)), true);

        assertEquals(143, plain.exitCode(), plain::toString);
        Behaviour.assertUnchanged(plain, agent);
        Report report = ReportReader.read(agent.reportDir());
        assertEquals(List.of(), report.problems(), "torn or unreadable lines");
        assertEquals(1, report.summaries().size(), "the summary was written");
        Reports reports = agent.reports(); // strict: every line whole JSON
        long summed = 0;
        long intervals = 0;
        for (int i = 0; i < METHODS; i++) {
            summed += reports.summaryCount("sample.safety.gen.Many#m" + i);
            intervals += reports.intervalCountSum("sample.safety.gen.Many#m" + i);
        }
        assertEquals((long) METHODS * ROUNDS, summed, "calls in the summary");
        assertEquals((long) METHODS * ROUNDS, intervals, "calls in the intervals");
    }

    /** Starts the application, waits until it is idle (and, with the agent, until a flush just landed), sends TERM. */
    private static ForkedJvm.Result terminate(ForkedJvm jvm, boolean duringFlush) throws Exception {
        Path work = Files.createTempDirectory(TestPaths.workRoot(), "term");
        Process process = jvm.classPath(classPath).workDir(work).main(TermApp.class, "" + ROUNDS).start();
        Waits.forText(work.resolve("stdout.txt"), "ready");
        if (duringFlush) {
            long size = reportSize(work);
            Waits.until("the next flush", () -> reportSize(work) != size);
            Thread.sleep(95); // the next interval is due about now: the signal meets the flush thread at work
        }
        process.destroy(); // SIGTERM
        return jvm.waitFor(process);
    }

    private static long reportSize(Path work) {
        try (Stream<Path> files = Files.list(work.resolve("perfagent-reports"))) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        } catch (Exception e) {
            return -1;
        }
    }
}
