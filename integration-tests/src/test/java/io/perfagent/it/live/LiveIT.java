package io.perfagent.it.live;

import com.fasterxml.jackson.databind.JsonNode;
import io.perfagent.it.ForkedJvm;
import io.perfagent.it.Jdks;
import io.perfagent.it.Reports;
import io.perfagent.it.TestPaths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sample.live.LiveApp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Operating perfagent on a running JVM: attach, list, reload, detach, attach again; on every available JDK. */
class LiveIT {

    private static final String ALPHA = "sample.live.Shop#alpha";
    private static final String BETA = "sample.live.Shop#beta";
    private static final String GAMMA = "sample.live.Shop#gamma";

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void attachWeavesAlreadyLoadedClassesWithExactCounts(Jdks.Jdk jdk) throws Exception {
        try (LiveJvm app = LiveJvm.start(jdk, null)) {
            assertEquals("null", app.send("status"));
            ForkedJvm.Result attach = app.cli("attach", Long.toString(app.pid()),
                    "methods.include=" + ALPHA, "flush.interval=200ms");
            assertEquals(0, attach.exitCode(), attach::toString);
            assertTrue(attach.stdout().contains("perfagent attached to " + app.pid()), attach::toString);
            assertEquals("true", app.send("status"), "set once the loaded classes are woven");

            app.send("call alpha 12345");
            app.send("call beta 100");
            ForkedJvm.Result list = app.cli("list");
            assertTrue(list.stdout().lines().anyMatch(l -> l.matches(app.pid() + "\\s+attach\\s+sample.live.LiveApp")),
                    list::toString);

            ForkedJvm.Result detach = app.cli("detach", Long.toString(app.pid()));
            assertEquals(0, detach.exitCode(), detach::toString);
            Reports reports = app.reports();
            assertEquals(12345, reports.summaryCount(ALPHA));
            assertEquals(12345, reports.intervalCountSum(ALPHA));
            assertEquals(0, reports.summaryCount(BETA), "not selected");
            assertEquals(List.of(), foreignStderr(app), "attaching adds nothing to the application's stderr");
        }
    }

    /**
     * The JDBC probes on attach: H2's statement and connection classes are loaded and in use before the agent exists,
     * so they are retransformed (no new fields: the SQL goes to the weak tables), and statements prepared after the
     * attach are timed under their SQL. After the detach the same code runs unchanged and nothing more is recorded.
     */
    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void attachTimesStatementsOfADriverLoadedBefore(Jdks.Jdk jdk) throws Exception {
        try (LiveJvm app = LiveJvm.start(jdk, null)) {
            String before = app.send("sql 50");
            ForkedJvm.Result attach = app.cli("attach", Long.toString(app.pid()), "flush.interval=200ms");
            assertEquals(0, attach.exitCode(), attach::toString);

            assertEquals(expectedSqlSum(300), app.send("sql 300"));
            ForkedJvm.Result detach = app.cli("detach", Long.toString(app.pid()));
            assertEquals(0, detach.exitCode(), detach::toString);
            assertEquals(before, app.send("sql 50"), "the detached statement code still works");

            Reports reports = app.reports();
            assertEquals(300, reports.summaryCount(LiveApp.QUERY), reports.summaryKeys()::toString);
            assertEquals("sql", reports.summaryMetric(LiveApp.QUERY).path("kind").asText());
            assertEquals(List.of(), foreignStderr(app), "attaching adds nothing to the application's stderr");
        }
    }

    /**
     * {@code jdbc.enabled} switched off and on again by reloads of a {@code -javaagent} start. H2's statement classes
     * were defined with the holder fields, which no retransformation can take away, so they keep their probes: while
     * the switch is off those record nothing, and neither switch costs a warning.
     */
    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void jdbcSwitchedOffByAReloadRecordsNothingUntilSwitchedOn(Jdks.Jdk jdk) throws Exception {
        Path file = Files.createTempDirectory(TestPaths.workRoot(), "jdbc-reload").resolve("agent.properties");
        String common = "flush.interval=200ms\nconfig.reload-interval=200ms\n";
        Files.writeString(file, common + "jdbc.enabled=true\n");
        try (LiveJvm app = LiveJvm.start(jdk, "", "-Dperfagent.config=" + file)) {
            assertEquals(expectedSqlSum(100), app.send("sql 100"));
            Files.writeString(file, common + "jdbc.enabled=false\n");
            LiveJvm.awaitTrue(() -> configLines(app).size() == 1, "the first reload's config line");
            assertEquals(expectedSqlSum(70), app.send("sql 70"));
            Files.writeString(file, common + "jdbc.enabled=true\n");
            LiveJvm.awaitTrue(() -> configLines(app).size() == 2, "the second reload's config line");
            assertEquals(expectedSqlSum(30), app.send("sql 30"));
            assertEquals(0, app.cli("detach", Long.toString(app.pid())).exitCode());

            Reports reports = app.reports();
            assertEquals(130, reports.summaryCount(LiveApp.QUERY), reports.summaryKeys()::toString);
            assertEquals(List.of(), app.stderr().lines().filter(l -> l.contains("re-weave")).toList(), app.stderr());
            assertEquals(List.of(), foreignStderr(app));
        }
    }

    /** What {@code sql n} returns: the sum of the integers below n. */
    private static String expectedSqlSum(int n) {
        return Long.toString((long) n * (n - 1) / 2);
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void reloadAddsPatternsAndRejectsABrokenFileWhole(Jdks.Jdk jdk) throws Exception {
        try (LiveJvm app = LiveJvm.start(jdk, null)) {
            Path file = app.workDir().resolve("live.properties");
            String common = "flush.interval=200ms\nconfig.reload-interval=200ms\n";
            Files.writeString(file, common + "methods.include=" + ALPHA + "\n");
            ForkedJvm.Result attach = app.cli("attach", Long.toString(app.pid()), "--config", file.toString());
            assertEquals(0, attach.exitCode(), attach::toString);
            app.send("call alpha 100");

            Files.writeString(file, common + "methods.include=" + ALPHA + "," + BETA + "\n");
            LiveJvm.awaitTrue(() -> configLines(app).size() == 1, "the reload's config line");
            app.send("call beta 200");

            Files.writeString(file, common.replace("200ms\nconfig", "soon\nconfig")
                    + "methods.include=" + ALPHA + "," + BETA + "," + GAMMA + "\n");
            LiveJvm.awaitTrue(() -> app.stderr().contains("config reload rejected"), "the rejection line");
            app.send("call gamma 50");
            app.send("call alpha 10");
            assertEquals(0, app.cli("detach", Long.toString(app.pid())).exitCode());

            Reports reports = app.reports();
            assertEquals(110, reports.summaryCount(ALPHA), "old pattern kept working throughout");
            assertEquals(200, reports.summaryCount(BETA), "added by the reload");
            assertEquals(0, reports.summaryCount(GAMMA), "the broken file was rejected as a whole");
            JsonNode config = configLines(app).get(0);
            assertEquals(ALPHA + "," + BETA, config.path("changed").path("methods.include").asText());
            assertEquals(1, configLines(app).size());
            List<String> rejections = app.stderr().lines().filter(l -> l.contains("rejected")).toList();
            assertEquals(1, rejections.size(), app.stderr());
            assertTrue(rejections.get(0).startsWith("perfagent: config reload rejected: flush.interval=\"soon\""),
                    rejections.get(0));
        }
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void detachRestoresTheClassesAndTheJvmCanBeAttachedAgain(Jdks.Jdk jdk) throws Exception {
        try (LiveJvm app = LiveJvm.start(jdk, null)) {
            String pid = Long.toString(app.pid());
            assertEquals(0, app.cli("attach", pid, "methods.include=" + ALPHA).exitCode());
            app.send("call alpha 100");
            assertTrue(app.send("threads").contains("perfagent-flush"));
            assertEquals(0, app.cli("detach", pid).exitCode());

            assertEquals("none", app.send("threads"), "no perfagent thread remains");
            assertEquals("null", app.send("status"));
            String tracked = app.send("recorders");
            app.send("spawn alpha 1000");
            assertEquals(tracked, app.send("recorders"), "a new thread calling alpha records nothing: no advice left");
            ForkedJvm.Result again = app.cli("detach", pid);
            assertEquals(5, again.exitCode(), again::toString);

            assertEquals(0, app.cli("attach", pid, "methods.include=" + BETA).exitCode(), "attach after detach");
            app.send("call beta 300");
            app.send("call alpha 5");
            assertEquals(0, app.cli("detach", pid).exitCode());
            List<JsonNode> summaries = app.reports().ofType("summary");
            assertEquals(2, summaries.size());
            assertEquals(100, count(summaries.get(0), ALPHA));
            assertEquals(300, count(summaries.get(1), BETA));
            assertEquals(0, count(summaries.get(1), ALPHA), "the first attach's probe is gone");
        }
    }

    /**
     * Classes compiled with {@code -parameters} keep their parameter names through every retransformation perfagent
     * makes: the attach that weaves them, a reload that weaves more, the detach that restores them. (JDK 17 hands a
     * retransforming agent its classes without the names; frameworks that bind by name, like Spring MVC, then fail.)
     */
    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void retransformedClassesKeepTheirParameterNames(Jdks.Jdk jdk) throws Exception {
        try (LiveJvm app = LiveJvm.start(jdk, null)) {
            String names = app.send("params");
            assertEquals("alpha(i) beta(i) gamma(i)", names, "precondition: compiled with -parameters");
            Path file = app.workDir().resolve("live.properties");
            String common = "flush.interval=200ms\nconfig.reload-interval=200ms\n";
            Files.writeString(file, common + "methods.include=" + ALPHA + "\n");
            assertEquals(0, app.cli("attach", Long.toString(app.pid()), "--config", file.toString()).exitCode());
            assertEquals(names, app.send("params"), "after the attach");

            Files.writeString(file, common + "methods.include=" + ALPHA + "," + BETA + "\n");
            LiveJvm.awaitTrue(() -> configLines(app).size() == 1, "the reload's config line");
            assertEquals(names, app.send("params"), "after the reload");
            app.send("call beta 20");

            assertEquals(0, app.cli("detach", Long.toString(app.pid())).exitCode());
            assertEquals(names, app.send("params"), "after the detach");
            assertEquals(20, app.reports().summaryCount(BETA), "the reload did weave beta");
        }
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void aBackgroundStartKeepsParameterNames(Jdks.Jdk jdk) throws Exception {
        try (LiveJvm app = LiveJvm.start(jdk, "startup.background=true,methods.include=" + ALPHA)) {
            LiveJvm.awaitTrue(() -> sendQuietly(app, "status").equals("true"), "the background start");
            assertEquals("alpha(i) beta(i) gamma(i)", app.send("params"));
            app.send("call alpha 30");
            assertEquals(0, app.cli("detach", Long.toString(app.pid())).exitCode());
            long counted = app.reports().summaryCount(ALPHA);
            assertTrue(counted >= 30 && counted <= 20_000 + 30, "alpha was woven by the retransformation: " + counted);
        }
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void attachingToARunningAgentChangesNothing(Jdks.Jdk jdk) throws Exception {
        try (LiveJvm app = LiveJvm.start(jdk, "methods.include=" + ALPHA)) {
            String pid = Long.toString(app.pid());
            ForkedJvm.Result attach = app.cli("attach", pid, "methods.include=" + BETA);
            assertEquals(5, attach.exitCode(), attach::toString);
            assertTrue(attach.stderr().contains("perfagent is already running in " + pid + " (javaagent since"),
                    attach::toString);
            app.send("call alpha 10");
            app.send("call beta 10");
            assertEquals(0, app.cli("detach", pid).exitCode(), "a -javaagent start can be detached too");
            assertEquals("none", app.send("threads"));
            Reports reports = app.reports();
            assertEquals(20_000 + 10, reports.summaryCount(ALPHA), "warm-up calls count: woven since premain");
            assertEquals(0, reports.summaryCount(BETA), "the refused attach's pattern never applied");
        }
    }

    /**
     * A background start still under way (slowed down by a test-only delay) is shown by {@code list} as
     * {@code starting}; {@code attach} leaves it alone, and {@code detach} waits for it to finish, then detaches.
     */
    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void detachDuringABackgroundStartWaitsForTheStart(Jdks.Jdk jdk) throws Exception {
        try (LiveJvm app = LiveJvm.start(jdk, "startup.background=true,methods.include=" + ALPHA,
                "-Dperfagent.test.start-delay-ms=8000")) {
            String pid = Long.toString(app.pid());
            assertEquals("null", app.send("status"), "not active yet");
            ForkedJvm.Result list = app.cli("list");
            assertTrue(list.stdout().lines().anyMatch(l -> l.startsWith(pid + " ") && l.contains(" starting ")),
                    list::toString);
            ForkedJvm.Result attach = app.cli("attach", pid, "methods.include=" + BETA);
            assertEquals(5, attach.exitCode(), attach::toString);
            assertTrue(attach.stderr().contains("already starting in " + pid), attach::toString);

            ForkedJvm.Result detach = app.cli("detach", pid);
            assertEquals(0, detach.exitCode(), detach::toString);
            assertTrue(detach.stderr().contains("still starting in " + pid), detach::toString);
            assertTrue(detach.stdout().contains("perfagent detached from " + pid), detach::toString);
            assertEquals("none", app.send("threads"), "no perfagent thread remains");
            assertEquals("null", app.send("status"));
            assertEquals(1, app.reports().ofType("summary").size(), "the started agent wrote its final summary");
        }
    }

    private static long count(JsonNode line, String key) {
        return Reports.metric(line, key).map(m -> m.path("count").asLong()).orElse(0L);
    }

    private static List<JsonNode> configLines(LiveJvm app) {
        try {
            return app.reports().ofType("config");
        } catch (java.io.IOException | RuntimeException e) {
            return List.of(); // a line being written: look again
        }
    }

    private static String sendQuietly(LiveJvm app, String command) {
        try {
            return app.send(command);
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> foreignStderr(LiveJvm app) {
        return app.stderr().lines().filter(l -> !l.startsWith("perfagent: ")).toList();
    }
}
