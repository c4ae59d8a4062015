package io.perfagent.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sample.app.ShutdownWorkApp;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the application does while the JVM shuts down is reported: the final flush runs after the application's
 * shutdown hooks have finished, whether the JVM exits by {@code System.exit} or because main returned.
 */
class ShutdownIT {

    private static final String UNIT = "sample.app.Work#unit";

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void callsMadeByTheApplicationsShutdownHooksAreInTheSummary(Jdks.Jdk jdk) throws Exception {
        for (String ending : List.of("exit", "return")) {
            ForkedJvm.Result run = ForkedJvm.on(jdk).agent("methods.include=sample.app.Work#*")
                    .main(ShutdownWorkApp.class, ending).run();
            assertEquals(0, run.exitCode(), run::toString);
            assertTrue(run.stdout().contains("hook done"), run::toString);
            assertEquals(List.of(), run.stderr().lines().toList(), ending);
            Reports reports = run.reports();
            assertEquals(150, reports.summaryCount(UNIT), ending + ": 100 before the exit, 50 in the hook");
            assertEquals(1, reports.summaryCount("sample.app.Work#sleep20"), ending);
            assertEquals(150, reports.intervalCountSum(UNIT), ending + ": the last interval has them too");
        }
    }
}
