package io.perfagent.agent;

import io.perfagent.agent.attach.Detacher;
import io.perfagent.agent.attach.LiveAgent;
import io.perfagent.agent.attach.JdbcWeaver;
import io.perfagent.agent.attach.MethodWeaver;
import io.perfagent.agent.attach.SampleLeftovers;
import io.perfagent.agent.attach.Weaver;
import io.perfagent.agent.attach.Weaving;
import io.perfagent.agent.instrument.TransformErrorListener;
import io.perfagent.agent.instrument.TypePoolCache;
import io.perfagent.agent.instrument.method.ClassHeaders;
import io.perfagent.agent.instrument.jdbc.JdbcTransformer;
import io.perfagent.bootstrap.AgentState;
import io.perfagent.core.config.Config;
import io.perfagent.core.config.ConfigLoader;
import io.perfagent.core.config.LoadedConfig;
import io.perfagent.core.log.AgentLog;
import io.perfagent.core.runtime.AgentRuntime;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.dynamic.scaffold.TypeValidation;

import java.lang.instrument.Instrumentation;
import java.util.List;

import static net.bytebuddy.matcher.ElementMatchers.any;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;

/**
 * Starts perfagent inside the JVM: reads the configuration, starts the core runtime and weaves the probes
 * ({@link #weavers()}). Runs once per JVM ({@link AgentState}) until a detach releases it; called reflectively by the
 * launcher (premain, or agentmain for each attach), which turns anything thrown here into one
 * {@code perfagent: disabled: ...} line. An agentmain whose argument is {@code detach} stops the running agent.
 */
public final class Installer {

    private Installer() {
    }

    public static void install(String agentArgs, Instrumentation inst, boolean attached) {
        if (Detacher.isRequest(agentArgs)) {
            Detacher.detach();
            return;
        }
        if (!AgentState.claim()) {
            AgentLog.warn("already running in this JVM; this " + (attached ? "attach" : "-javaagent")
                    + " changes nothing");
            return;
        }
        LoadedConfig loaded;
        try {
            loaded = ConfigLoader.fromSystem(agentArgs);
            loaded.warnings().forEach(AgentLog::warn);
            if (!loaded.config().bool("enabled")) {
                AgentState.release(); // nothing runs, so a later attach may still start the agent
                return;
            }
        } catch (Throwable t) {
            AgentState.release();
            throw t;
        }
        if (!attached && loaded.config().bool("startup.background")) {
            BackgroundStart.begin(() -> start(agentArgs, loaded, inst, false, true));
            return;
        }
        start(agentArgs, loaded, inst, attached, attached);
    }

    /**
     * Starts the runtime and weaves the probes; with {@code retransformLoaded} the classes already loaded are woven too
     * (attach, and a background start, which runs after the application has begun loading classes).
     */
    private static void start(String agentArgs, LoadedConfig loaded, Instrumentation inst, boolean attached,
                              boolean retransformLoaded) {
        AgentRuntime runtime = null;
        try {
            Config config = loaded.config();
            if (Boolean.getBoolean("perfagent.test.fail-start")) {
                throw new IllegalStateException("start-up failure injected by -Dperfagent.test.fail-start");
            }
            if (attached) {
                SampleLeftovers.discard();
            }
            runtime = AgentRuntime.start(config, null);
            runtime.flushLoop().afterEachDrain(TypePoolCache::expire);
            runtime.flushLoop().afterEachDrain(ClassHeaders::expire);
            LiveAgent.start(agentArgs, loaded, runtime, new Weaving(inst, runtime, weavers()), attached,
                    retransformLoaded);
        } catch (Throwable t) {
            if (runtime != null) {
                runtime.stopAndForget(); // no half-started agent: its threads and hook go, a later attach starts clean
            }
            AgentState.release();
            throw t;
        }
    }

    /** What perfagent weaves into application classes: one line per kind of probe. */
    static List<Weaver> weavers() {
        return List.of(
                new MethodWeaver(),
                new JdbcWeaver());
    }

    /**
     * The agent builder every probe starts from: advice is inlined into existing methods (DECORATE, no class format
     * changes), types are described from class files only, and nothing is ever injected.
     */
    public static AgentBuilder baseBuilder() {
        return newAgentBuilder()
                .disableClassFormatChanges()
                .with(AgentBuilder.TypeStrategy.Default.DECORATE)
                // Advice is inlined: nothing is ever injected, so Byte Buddy's injectors (and their sun.misc.Unsafe
                // probing, which JDK 24+ warns about on the application's stderr) are never touched.
                .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
                .with(AgentBuilder.InjectionStrategy.Disabled.INSTANCE)
                .with(TypePoolCache.strategy())
                .with(AgentBuilder.DescriptionStrategy.Default.POOL_ONLY)
                .with(new TransformErrorListener())
                .ignore(nameStartsWith("io.perfagent.bootstrap.").or(nameStartsWith("io.perfagent.core."))
                        .or(nameStartsWith("io.perfagent.agent.")).or(nameStartsWith("io.perfagent.launcher."))
                        .or(nameStartsWith("net.bytebuddy.")))
                // the agent's own libraries (Jackson, HdrHistogram, OSHI, ...) are never woven, whatever the patterns
                .ignore(any(), loader -> loader == Installer.class.getClassLoader());
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
}
