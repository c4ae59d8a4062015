package io.perfagent.agent.attach;

import io.perfagent.agent.instrument.jdbc.JdbcTransformer;
import io.perfagent.core.config.Config;
import io.perfagent.core.config.ConfigChange;
import io.perfagent.core.runtime.AgentRuntime;

import java.lang.instrument.Instrumentation;
import java.sql.Connection;
import java.sql.Statement;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * The JDBC probes ({@code jdbc.enabled}): statements, connections' {@code prepare*}, data sources. A reload that flips
 * {@code jdbc.enabled} re-weaves the loaded JDBC classes. Same threading contract as {@link Weaver}.
 */
public final class JdbcWeaver implements Weaver {

    @Override
    public String name() {
        return "jdbc";
    }

    @Override
    public Installed install(Instrumentation inst, Config config, AgentRuntime runtime, boolean retransformLoaded) {
        return config.bool("jdbc.enabled")
                ? ByteBuddyProbe.install(inst, retransformLoaded, base -> JdbcTransformer.extend(base, config, runtime))
                : null;
    }

    @Override
    public Predicate<Class<?>> reweave(ConfigChange change) {
        if (!change.changedAny("jdbc.enabled")) {
            return null;
        }
        return type -> Statement.class.isAssignableFrom(type) || Connection.class.isAssignableFrom(type)
                || DataSource.class.isAssignableFrom(type);
    }
}
