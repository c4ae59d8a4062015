package io.perfagent.it.safety;

import io.perfagent.it.ForkedJvm;
import io.perfagent.it.Jdks;
import io.perfagent.it.TestPaths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sample.safety.ConflictApp;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scenario 10: the application ships older Jackson, Byte Buddy, HdrHistogram and JNA (copied into
 * target/conflict-libs by the pom) and keeps using exactly those under the agent; an application without them cannot
 * load the agent's copies.
 */
class LibraryConflictIT {

    private static final Path LIBS = Path.of(System.getProperty("perfagent.conflict.libs", "target/conflict-libs"));
    private static final List<String> OWN_JARS = List.of("jackson-databind-2.17.2.jar", "byte-buddy-1.14.18.jar",
            "HdrHistogram-2.1.12.jar", "jna-5.13.0.jar");

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void theApplicationKeepsItsOwnLibraryVersions(Jdks.Jdk jdk) throws Exception {
        String classPath = TestPaths.testClassesOnly() + File.pathSeparator + jars();
        ForkedJvm.Result plain = ForkedJvm.on(jdk).classPath(classPath).main(ConflictApp.class, "own").run();
        ForkedJvm.Result agent = ForkedJvm.on(jdk).agent(null).jvmArg(StartupSafetyIT.VALUES).classPath(classPath)
                .main(ConflictApp.class, "own").run();

        assertEquals(0, plain.exitCode(), plain::toString);
        for (String jar : OWN_JARS) {
            assertTrue(plain.stdout().contains(" from " + jar + ": "), () -> jar + " not used: " + plain);
        }
        assertTrue(plain.stdout().contains("jackson from jackson-databind-2.17.2.jar: 2.17.2 {\"app\":1}"), plain::toString);
        Behaviour.assertUnchanged(plain, agent);
        assertEquals(100, agent.reports().summaryCount("sample.safety.Values#plus"), "the agent uses its own Jackson");
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void theAgentsLibrariesAreInvisibleToTheApplication(Jdks.Jdk jdk) throws Exception {
        String classPath = TestPaths.testClassesOnly();
        ForkedJvm.Result plain = ForkedJvm.on(jdk).classPath(classPath).main(ConflictApp.class, "none").run();
        ForkedJvm.Result agent = ForkedJvm.on(jdk).agent(null).jvmArg(StartupSafetyIT.VALUES).classPath(classPath)
                .main(ConflictApp.class, "none").run();

        assertTrue(plain.stdout().contains("net.bytebuddy.ByteBuddy: hidden\n"), plain::toString);
        Behaviour.assertUnchanged(plain, agent);
        assertFalse(agent.stdout().contains("VISIBLE"), agent::toString);
        assertEquals(100, agent.reports().summaryCount("sample.safety.Values#plus"));
    }

    private static String jars() throws IOException {
        try (Stream<Path> files = Files.list(LIBS)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().map(Path::toString)
                    .collect(Collectors.joining(File.pathSeparator));
        }
    }
}
