package io.perfagent.it.safety;

import com.fasterxml.jackson.databind.JsonNode;
import io.perfagent.it.ForkedJvm;
import io.perfagent.it.Jdks;
import io.perfagent.it.Reports;
import io.perfagent.it.TestPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sample.safety.LegacyBytecodeApp;

import java.io.File;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scenario 15: a method a few dozen bytes below the 64 KB limit, and Java 8, 6 and 5 class files. Each is either
 * instrumented (exact count) or skipped and counted as a transform error; never a VerifyError, never a change the
 * application can see.
 */
class BytecodeSafetyIT {

    private static final Map<String, String> KEYS = Map.of(
            "sample.safety.gen.Huge#huge", "Huge", "sample.safety.gen.Java8#loop", "Java8",
            "sample.safety.gen.Java8#guarded", "Java8", "sample.safety.gen.Java6#answer", "Java6",
            "sample.safety.gen.Java5#answer", "Java5");
    private static String classPath;

    @BeforeAll
    static void generate() throws Exception {
        var classes = GeneratedClasses.writeAll(Files.createTempDirectory(TestPaths.workRoot(), "generated"));
        classPath = TestPaths.appClassPath() + File.pathSeparator + classes;
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void unusualClassFilesAreInstrumentedOrSkippedNeverBroken(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result plain = ForkedJvm.on(jdk).classPath(classPath).main(LegacyBytecodeApp.class).run();
        ForkedJvm.Result agent = ForkedJvm.on(jdk).agent(null).classPath(classPath)
                .jvmArg("-Dperfagent.methods.include=sample.safety.gen.*#*").main(LegacyBytecodeApp.class).run();

        assertEquals(0, plain.exitCode(), plain::toString);
        Behaviour.assertUnchanged(plain, agent);
        Reports reports = agent.reports();
        long transformErrors = reports.summary().path("agent").path("transform_errors").asLong();
        long skipped = 0;
        for (Map.Entry<String, String> key : KEYS.entrySet()) {
            Optional<JsonNode> metric = Reports.metric(reports.summary(), key.getKey());
            if (metric.isPresent()) {
                assertEquals(LegacyBytecodeApp.CALLS, metric.get().path("count").asLong(), metric.get()::toString);
            } else {
                skipped++;
            }
        }
        assertTrue(skipped <= transformErrors, "a class left out without being counted: " + reports.summary());
        assertTrue(Reports.metric(reports.summary(), "sample.safety.gen.Java8#loop").isPresent(),
                "Java 8 class files are ordinary and must be instrumented: " + reports.summary());
    }
}
