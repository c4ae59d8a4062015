package io.perfagent.it.safety;

import io.perfagent.it.ForkedJvm;
import io.perfagent.it.Jdks;
import io.perfagent.it.TestPaths;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sample.app.CountingApp;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A JVM whose class path already serves the bridge (io.perfagent.bootstrap) of another perfagent build, as an earlier
 * agent leaves it loaded after a detach or as a jar bundling it would: the agent refuses to weave calls that bridge
 * may not have, says so in one line, and the application runs as without it.
 */
class BridgeMismatchIT {

    @TempDir
    Path otherBuild;

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void anotherBuildsBridgeDisablesTheAgentWithOneLine(Jdks.Jdk jdk) throws Exception {
        String classPath = olderBridge() + File.pathSeparator + TestPaths.appClassPath();
        ForkedJvm.Result plain = ForkedJvm.on(jdk).classPath(classPath).main(CountingApp.class, "1", "200").run();
        ForkedJvm.Result agent = ForkedJvm.on(jdk).classPath(classPath).agent(null)
                .jvmArg("-Dperfagent.methods.include=sample.app.Work#unit")
                .main(CountingApp.class, "1", "200").run();

        Behaviour.assertUnchanged(plain, agent);
        List<String> said = Behaviour.agentLines(agent);
        assertEquals(1, said.size(), agent::toString);
        assertTrue(said.get(0).startsWith("perfagent: disabled: ") && said.get(0).contains("another perfagent build")
                && said.get(0).contains("bridge API 1"), said.get(0));
        assertTrue(!Files.exists(agent.reportDir()), "a disabled agent writes no report");
    }

    /** A directory holding an older build's BridgeClasses: API 1, the number before the field existed. */
    private String olderBridge() throws Exception {
        Path source = otherBuild.resolve("src/io/perfagent/bootstrap/BridgeClasses.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package io.perfagent.bootstrap;\n"
                + "public final class BridgeClasses {\n"
                + "    public static final int API = 1;\n"
                + "    public static int initialize() { return 0; }\n"
                + "}\n");
        Path classes = Files.createDirectories(otherBuild.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, "-d", classes.toString(), source.toString()), "compiled");
        return classes.toString();
    }
}
