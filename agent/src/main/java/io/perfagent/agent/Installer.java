package io.perfagent.agent;

import io.perfagent.agent.attach.Detacher;
import io.perfagent.agent.attach.JdbcWeaver;
import io.perfagent.agent.attach.LiveAgent;
import io.perfagent.agent.attach.MethodWeaver;
import io.perfagent.agent.attach.SampleLeftovers;
import io.perfagent.agent.attach.Weaver;
import io.perfagent.agent.attach.Weaving;
import io.perfagent.agent.instrument.asm.ClassHeaders;
import io.perfagent.bootstrap.AgentState;
import io.perfagent.bootstrap.BridgeClasses;
import io.perfagent.core.config.Config;
import io.perfagent.core.config.ConfigLoader;
import io.perfagent.core.config.LoadedConfig;
import io.perfagent.core.log.AgentLog;
import io.perfagent.core.runtime.AgentRuntime;

import java.lang.instrument.Instrumentation;
import java.security.CodeSource;
import java.util.List;

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
            Detacher.detach(); // through AgentState alone, so a CLI of another build still detaches a running agent
            return;
        }
        requireOwnBridge();
        if (!AgentState.claim()) {
            AgentLog.warn("already running in this JVM; this " + (attached ? "attach" : "-javaagent")
                    + " changes nothing");
            return;
        }
        LoadedConfig loaded;
        try {
            loaded = ConfigLoader.fromSystem(agentArgs);
            for (String warning : loaded.warnings()) {
                AgentLog.warn(warning);
            }
            if (!loaded.config().bool("enabled")) {
                AgentState.release(); // nothing runs, so a later attach may still start the agent
                return;
            }
        } catch (Throwable t) {
            AgentState.release();
            throw t;
        }
        if (!attached && loaded.config().bool("startup.background")) {
            BackgroundStart.begin(() -> start(agentArgs, loaded, inst, false, true), inst);
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
            BridgeClasses.offerAllocationCounter(DirectThreadBean.open(inst));
            BridgeClasses.offerTicksPerSecond(TickClock.open(inst, config.bool("clock.tsc")));
            runtime = AgentRuntime.start(config, null, new LastExitHook(inst));
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

    /**
     * The bridge this JVM loaded must be this build's ({@link BridgeClasses#API}, a constant compiled into this class,
     * against the value of the class actually loaded): else the woven code would call what it does not have.
     */
    static void requireOwnBridge() {
        int loaded;
        try {
            loaded = BridgeClasses.class.getField("API").getInt(null);
        } catch (ReflectiveOperationException olderThanTheField) {
            loaded = 1;
        }
        if (loaded != BridgeClasses.API) {
            throw new IllegalStateException("the perfagent bridge classes (io.perfagent.bootstrap) loaded in this JVM "
                    + "come from another perfagent build (bridge API " + loaded + ", this agent needs "
                    + BridgeClasses.API + "), from " + bridgeLocation() + ": restart the JVM with one perfagent.jar, "
                    + "and no other jar bundling io.perfagent.bootstrap");
        }
    }

    private static Object bridgeLocation() {
        CodeSource source = BridgeClasses.class.getProtectionDomain().getCodeSource();
        return source == null ? "an unknown location" : source.getLocation();
    }

    /** What perfagent weaves into application classes: one line per kind of probe. */
    static List<Weaver> weavers() {
        return List.of(
                new MethodWeaver(),
                new JdbcWeaver());
    }
}
