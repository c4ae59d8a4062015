package io.perfagent.it.safety;

import io.perfagent.core.config.ConfigKeys;
import io.perfagent.it.ForkedJvm;
import io.perfagent.it.Jdks;
import io.perfagent.it.Reports;
import io.perfagent.it.TestPaths;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sample.safety.SteadyApp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scenarios 7, 8 and 9: the HTTP sink's endpoint is down, hangs, or answers 503. The application must not notice, the
 * JSON file must still hold every call, and the exit may be delayed by at most {@code sink.http.shutdown-timeout} + 1 s.
 * Skipped (never passed) while the build has no HTTP sink.
 */
class HttpSinkSafetyIT {

    private static final String[] APP = {"20", "200", "60"};
    private static final long CALLS = 20 * 200;
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(1);

    /** Each case on its own, so every one of them is reported as skipped. */
    private static void requireHttpSink() {
        Assumptions.assumeTrue(ConfigKeys.ALL.stream().anyMatch(k -> k.name().equals("sink.http.url")),
                "this build has no HTTP sink (no sink.http.url key): scenarios 7-9 are not runnable yet");
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void anEndpointThatIsDownChangesNothing(Jdks.Jdk jdk) throws Exception {
        try (FaultyHttpServer server = FaultyHttpServer.down()) {
            check(jdk, server);
        }
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void anEndpointThatHangsDelaysTheExitByTheShutdownTimeoutAtMost(Jdks.Jdk jdk) throws Exception {
        try (FaultyHttpServer server = FaultyHttpServer.hung()) {
            check(jdk, server);
            assertTrue(server.hits.get() > 0, "the sink never connected");
        }
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void anEndpointAnswering503ChangesNothing(Jdks.Jdk jdk) throws Exception {
        try (FaultyHttpServer server = FaultyHttpServer.unavailable()) {
            check(jdk, server);
            assertTrue(server.hits.get() > 0, "the sink never posted");
        }
    }

    private static void check(Jdks.Jdk jdk, FaultyHttpServer server) throws Exception {
        requireHttpSink();
        ForkedJvm.Result plain = ForkedJvm.on(jdk).main(SteadyApp.class, APP).run();
        Path work = Files.createTempDirectory(TestPaths.workRoot(), "http");
        ForkedJvm jvm = agentJvm(jdk).workDir(work).jvmArg("-Dperfagent.sink.http.url=" + server.url())
                .jvmArg("-Dperfagent.sink.http.shutdown-timeout=" + SHUTDOWN_TIMEOUT.toMillis() + "ms");
        Process process = jvm.start();
        Waits.forText(work.resolve("stdout.txt"), "calls="); // the application's last words: from here on it exits
        long lastWords = System.nanoTime();
        ForkedJvm.Result agent = jvm.waitFor(process);
        Duration exitDelay = Duration.ofNanos(System.nanoTime() - lastWords);

        Behaviour.assertUnchanged(plain, agent);
        Reports reports = agent.reports();
        assertEquals(CALLS, reports.intervalCountSum("sample.safety.Values#plus"), agent::toString);
        assertEquals(CALLS, reports.summaryCount("sample.safety.Values#plus"), agent::toString);
        assertTrue(exitDelay.compareTo(SHUTDOWN_TIMEOUT.plusSeconds(1)) <= 0, "exit took " + exitDelay.toMillis()
                + " ms after the application's last output (shutdown timeout " + SHUTDOWN_TIMEOUT.toMillis() + " ms)");
        assertTrue(Behaviour.agentLines(agent).size() <= 2, () -> "at most a line or two about the endpoint: " + agent);
    }

    private static ForkedJvm agentJvm(Jdks.Jdk jdk) {
        return ForkedJvm.on(jdk).agent(null).jvmArg(StartupSafetyIT.VALUES).jvmArg("-Dperfagent.flush.interval=100ms")
                .main(SteadyApp.class, APP);
    }
}
