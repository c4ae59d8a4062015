package io.perfagent.it.safety;

import io.perfagent.it.ForkedJvm;
import io.perfagent.it.Jdks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sample.safety.PluginLoaderApp;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scenario 12: an instrumented class in a URLClassLoader the application drops; the agent must not keep the loader
 * alive (it is collected within 10 s). Also a loader that cannot see perfagent's bridge: its classes stay unchanged
 * instead of failing with NoClassDefFoundError.
 */
class ClassLoaderSafetyIT {

    private static final String PLUGIN = "-Dperfagent.methods.include=sample.safety.plugin.Plugin#*";

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void aDroppedPluginLoaderIsGarbageCollected(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result plain = ForkedJvm.on(jdk).main(PluginLoaderApp.class, "child-first", "1000").run();
        ForkedJvm.Result agent = ForkedJvm.on(jdk).agent(null).jvmArg(PLUGIN)
                .main(PluginLoaderApp.class, "child-first", "1000").run();

        assertTrue(plain.stdout().contains("loaded by its own loader: true\nplugin class loader collected"), plain::toString);
        Behaviour.assertUnchanged(plain, agent);
        assertEquals(1000, agent.reports().summaryCount("sample.safety.plugin.Plugin#run"), "the plugin was instrumented");
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void classesOfALoaderThatCannotSeeTheBridgeAreLeftUnchanged(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result plain = ForkedJvm.on(jdk).main(PluginLoaderApp.class, "isolated", "1000").run();
        ForkedJvm.Result agent = ForkedJvm.on(jdk).agent(null).jvmArg(PLUGIN)
                .main(PluginLoaderApp.class, "isolated", "1000").run();

        assertEquals(0, plain.exitCode(), plain::toString);
        Behaviour.assertUnchanged(plain, agent);
        List<String> said = Behaviour.agentLines(agent);
        assertTrue(said.stream().anyMatch(l -> l.startsWith("perfagent: cannot instrument sample.safety.plugin.Plugin")),
                agent::toString);
        assertEquals(List.of(), agent.reports().summaryKeys());
    }
}
