package io.perfagent.agent.attach;

import io.perfagent.agent.instrument.ParameterNamesKeeper;
import io.perfagent.core.config.Config;
import io.perfagent.core.config.ConfigChange;
import io.perfagent.core.runtime.AgentRuntime;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The class file transformers of the running agent, one per {@link Weaver}. Every transformer is registered as able
 * to retransform, so a reload or a detach can change classes that are already loaded; loaded classes are only
 * retransformed on attach, reload and detach, never at premain (which stays as cheap as a plain install). From the
 * first retransformation until the detach a {@link ParameterNamesKeeper} makes sure no retransformed class loses its
 * parameter names.
 * Start, reload and detach are serialised by {@link LiveAgent}; not thread-safe on its own.
 */
public final class Weaving {

    private final Instrumentation inst;
    private final AgentRuntime runtime;
    private final List<Weaver> weavers;
    private final Map<Weaver, Weaver.Installed> installed = new LinkedHashMap<>();
    private ParameterNamesKeeper parameterNames;

    public Weaving(Instrumentation inst, AgentRuntime runtime, List<Weaver> weavers) {
        this.inst = inst;
        this.runtime = runtime;
        this.weavers = List.copyOf(weavers);
    }

    /** Installs every probe; with {@code retransformLoaded} (attach) classes loaded before are woven too. */
    public void install(Config config, boolean retransformLoaded) {
        if (retransformLoaded) {
            keepParameterNames();
        }
        for (Weaver weaver : weavers) {
            installOne(weaver, config, retransformLoaded);
        }
    }

    /**
     * Re-weaves what {@code change} concerns: the probe's transformer is replaced and only the loaded classes whose
     * woven code differs are retransformed. The old transformer goes first, so no class is ever woven twice; a class
     * first loaded in the instant between is caught by the retransformation when it is affected.
     */
    public void reload(ConfigChange change) {
        for (Weaver weaver : weavers) {
            Predicate<Class<?>> affected = weaver.reweave(change);
            if (affected == null) {
                continue;
            }
            keepParameterNames();
            Weaver.Installed old = installed.remove(weaver);
            if (old != null) {
                inst.removeTransformer(old.transformer());
            }
            installOne(weaver, change.after(), false);
            LoadedClasses.retransform(inst, LoadedClasses.matching(inst, affected));
        }
    }

    /** Removes every transformer and restores the classes they changed (detach). */
    public void removeAll() {
        if (!installed.isEmpty()) {
            keepParameterNames();
        }
        for (Weaver.Installed probe : installed.values()) {
            probe.restore(inst);
        }
        installed.clear();
        if (parameterNames != null) {
            inst.removeTransformer(parameterNames);
            parameterNames = null;
        }
    }

    /** Problems of {@code config} any probe would refuse at reload. */
    public List<String> problems(Config config) {
        List<String> problems = new ArrayList<>();
        for (Weaver weaver : weavers) {
            problems.addAll(weaver.problems(config));
        }
        return problems;
    }

    /** Registers the keeper before the first retransformation; classes defined before it never need it. */
    private void keepParameterNames() {
        if (parameterNames == null) {
            parameterNames = new ParameterNamesKeeper();
            inst.addTransformer(parameterNames, true);
        }
    }

    private void installOne(Weaver weaver, Config config, boolean retransformLoaded) {
        Weaver.Installed probe = weaver.install(inst, config, runtime, retransformLoaded);
        if (probe != null) {
            installed.put(weaver, probe);
        }
    }
}
