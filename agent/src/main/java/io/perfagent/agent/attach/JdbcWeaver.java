package io.perfagent.agent.attach;

import io.perfagent.agent.instrument.jdbc.JdbcProbeTransformer;
import io.perfagent.bootstrap.JdbcTimings;
import io.perfagent.core.config.Config;
import io.perfagent.core.config.ConfigChange;
import io.perfagent.core.jdbc.JdbcKeyResolver;
import io.perfagent.core.jdbc.JdbcSettings;
import io.perfagent.core.runtime.AgentRuntime;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * The JDBC probes ({@code jdbc.enabled}): statements, connections' {@code prepare*}, data sources
 * ({@link JdbcProbeTransformer}). On attach the loaded JDBC classes are woven; a reload that flips {@code jdbc.enabled}
 * re-weaves them; a detach restores what it can (see {@link Probe#restore}). Same threading contract as
 * {@link Weaver}.
 */
public final class JdbcWeaver implements Weaver {

    /** Classes woven by this probe's transformers, across reloads, until a detach; and those given new members. */
    private final Set<String> woven = ConcurrentHashMap.newKeySet();
    private final Set<String> reshaped = ConcurrentHashMap.newKeySet();

    @Override
    public String name() {
        return "jdbc";
    }

    @Override
    public Installed install(Instrumentation inst, Config config, AgentRuntime runtime, boolean retransformLoaded) {
        if (!config.bool("jdbc.enabled")) {
            return null;
        }
        JdbcTimings.install(new JdbcKeyResolver(runtime.registry(), JdbcSettings.from(config)));
        JdbcProbeTransformer transformer = new JdbcProbeTransformer(woven, reshaped);
        inst.addTransformer(transformer, true);
        if (retransformLoaded) {
            LoadedClasses.retransform(inst, LoadedClasses.matching(inst, JdbcWeaver::playsJdbcRole));
        }
        return new Probe(transformer);
    }

    @Override
    public Predicate<Class<?>> reweave(ConfigChange change) {
        if (!change.changedAny("jdbc.enabled")) {
            return null;
        }
        return JdbcWeaver::playsJdbcRole;
    }

    private static boolean playsJdbcRole(Class<?> type) {
        return !type.isInterface() && (Statement.class.isAssignableFrom(type)
                || Connection.class.isAssignableFrom(type) || DataSource.class.isAssignableFrom(type));
    }

    private final class Probe implements Installed {
        private final JdbcProbeTransformer transformer;

        Probe(JdbcProbeTransformer transformer) {
            this.transformer = transformer;
        }

        @Override
        public ClassFileTransformer transformer() {
            return transformer;
        }

        /**
         * Retransforms the woven classes with the transformer gone, except those defined with new members (holder
         * fields, inherited {@code getConnection} overrides): the JVM cannot take members away, so they keep their
         * probes, which record nothing once the bridge has no resolver ({@code JdbcTimings.install(null)}).
         */
        @Override
        public void restore(Instrumentation inst) {
            inst.removeTransformer(transformer);
            LoadedClasses.retransform(inst, LoadedClasses.matching(inst, type -> {
                String name = type.getName().replace('.', '/');
                return woven.contains(name) && !reshaped.contains(name);
            }));
            woven.clear();
            reshaped.clear();
        }
    }
}
