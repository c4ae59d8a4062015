package io.perfagent.agent;

import io.perfagent.agent.instrument.MethodTransformer;
import io.perfagent.agent.instrument.TransformErrorListener;
import io.perfagent.agent.instrument.jdbc.JdbcTransformer;
import io.perfagent.bootstrap.AgentState;
import io.perfagent.core.config.Config;
import io.perfagent.core.config.ConfigLoader;
import io.perfagent.core.config.LoadedConfig;
import io.perfagent.core.log.AgentLog;
import io.perfagent.core.runtime.AgentRuntime;
import io.perfagent.core.select.MethodPatternParser;
import io.perfagent.core.select.MethodSelector;
import io.perfagent.core.select.ParseResult;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.dynamic.scaffold.TypeValidation;

import java.lang.instrument.Instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;

/**
 * Starts perfagent inside the JVM: reads the configuration, starts the core runtime and installs the Byte Buddy
 * transformers. Runs once per JVM ({@link AgentState}); called reflectively by the launcher, which turns anything
 * thrown here into one {@code perfagent: disabled: ...} line.
 */
public final class Installer {

    private Installer() {
    }

    public static void install(String agentArgs, Instrumentation inst, boolean attached) {
        if (!AgentState.claim()) {
            AgentLog.warn("already running in this JVM; this " + (attached ? "attach" : "-javaagent")
                    + " changes nothing");
            return;
        }
        try {
            LoadedConfig loaded = ConfigLoader.fromSystem(agentArgs);
            loaded.warnings().forEach(AgentLog::warn);
            Config config = loaded.config();
            if (!config.bool("enabled")) {
                return;
            }
            if (Boolean.getBoolean("perfagent.test.fail-start")) {
                throw new IllegalStateException("start-up failure injected by -Dperfagent.test.fail-start");
            }
            AgentRuntime runtime = AgentRuntime.start(config, null);
            installTransformers(config, runtime, inst, attached);
        } catch (Throwable t) {
            AgentState.release();
            throw t;
        }
    }

    /**
     * Byte Buddy's default builder prepares its "nexus" (used only for self-initialising types, which inlined advice
     * never needs); preparing it probes sun.misc.Unsafe, which JDK 24+ reports on the application's stderr. Byte Buddy
     * skips the nexus when {@code net.bytebuddy.nexus.disabled} is set while it initialises, so the property is set
     * just for that moment and then restored: the application's own Byte Buddy, if any, never sees it.
     */
    private static AgentBuilder newAgentBuilder() {
        String key = "net.bytebuddy.nexus.disabled";
        String previous = System.getProperty(key);
        System.setProperty(key, "true");
        try {
            return new AgentBuilder.Default(new ByteBuddy().with(TypeValidation.DISABLED));
        } finally {
            if (previous == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, previous);
            }
        }
    }

    private static void installTransformers(Config config, AgentRuntime runtime, Instrumentation inst,
                                            boolean attached) {
        ParseResult includes = MethodPatternParser.parse("methods.include", config.list("methods.include"));
        ParseResult excludes = MethodPatternParser.parse("methods.exclude", config.list("methods.exclude"));
        includes.warnings().forEach(AgentLog::warn);
        excludes.warnings().forEach(AgentLog::warn);
        MethodSelector selector = MethodSelector.of(includes.patterns(), excludes.patterns());

        AgentBuilder builder = newAgentBuilder()
                .disableClassFormatChanges()
                .with(AgentBuilder.TypeStrategy.Default.DECORATE)
                // Advice is inlined: nothing is ever injected, so Byte Buddy's injectors (and their sun.misc.Unsafe
                // probing, which JDK 24+ warns about on the application's stderr) are never touched.
                .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
                .with(AgentBuilder.InjectionStrategy.Disabled.INSTANCE)
                .with(AgentBuilder.PoolStrategy.Default.FAST)
                .with(AgentBuilder.DescriptionStrategy.Default.POOL_ONLY)
                .with(new TransformErrorListener())
                .ignore(nameStartsWith("io.perfagent.").or(nameStartsWith("net.bytebuddy.")));
        if (attached) {
            builder = builder.with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION);
        }
        if (!selector.isEmpty()) {
            builder = MethodTransformer.apply(builder, selector, runtime.registry(), config.bool("alloc.enabled"));
        }
        builder.installOn(inst);
        if (config.bool("jdbc.enabled")) {
            JdbcTransformer.install(newAgentBuilder(), inst, config, runtime, attached);
        }
        runtime.beforeFinalFlush(() -> selector.unmatchedIncludePatterns().forEach(pattern -> AgentLog.warn(
                "methods.include pattern \"" + pattern + "\" matched no method during this run")));
    }
}
