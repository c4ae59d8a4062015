package io.perfagent.agent.attach;

import io.perfagent.core.config.Config;
import io.perfagent.core.config.ConfigChange;
import io.perfagent.core.runtime.AgentRuntime;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.util.List;
import java.util.function.Predicate;

/**
 * One kind of probe perfagent weaves (timed methods, JDBC statements). Each gets its own class file transformer, so
 * a configuration reload can replace one kind without touching the classes of the others, and a detach removes all.
 * Listed in {@code Installer.weavers()}. Implementations are called on the thread that starts, reloads or detaches
 * the agent, one call at a time.
 */
public interface Weaver {

    /** Short name for messages, e.g. {@code methods}. */
    String name();

    /**
     * Registers this probe's transformer for {@code config} (able to retransform); with {@code retransformLoaded} the
     * classes already loaded are woven too. {@code null} when the probe weaves nothing under {@code config}.
     */
    Installed install(Instrumentation inst, Config config, AgentRuntime runtime, boolean retransformLoaded);

    /**
     * Loaded classes whose woven code differs between {@code change.before()} and {@code change.after()}; those alone
     * are retransformed. {@code null} when the change does not concern this probe.
     */
    Predicate<Class<?>> reweave(ConfigChange change);

    /** One-line problems of {@code config} for this probe (e.g. a malformed pattern); a reload with new ones is rejected. */
    default List<String> problems(Config config) {
        return List.of();
    }

    /** A probe's registered transformer. */
    interface Installed {

        /** The transformer as registered with the JVM. */
        ClassFileTransformer transformer();

        /** Unregisters the transformer and gives the classes it wove back their original code (detach). */
        void restore(Instrumentation inst);
    }
}
