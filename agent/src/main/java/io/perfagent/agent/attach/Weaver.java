package io.perfagent.agent.attach;

import io.perfagent.core.config.Config;
import io.perfagent.core.config.ConfigChange;
import io.perfagent.core.runtime.AgentRuntime;
import net.bytebuddy.agent.builder.AgentBuilder;

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

    /** {@code builder} with this probe's transformations for {@code config}, or {@code null} when it weaves nothing. */
    AgentBuilder extend(AgentBuilder builder, Config config, AgentRuntime runtime);

    /**
     * Loaded classes whose woven code differs between {@code change.before()} and {@code change.after()}; those alone
     * are retransformed. {@code null} when the change does not concern this probe.
     */
    Predicate<Class<?>> reweave(ConfigChange change);

    /** One-line problems of {@code config} for this probe (e.g. a malformed pattern); a reload with new ones is rejected. */
    default List<String> problems(Config config) {
        return List.of();
    }
}
