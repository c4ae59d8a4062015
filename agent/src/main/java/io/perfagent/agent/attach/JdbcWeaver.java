package io.perfagent.agent.attach;

import io.perfagent.agent.instrument.jdbc.JdbcProbeTransformer;
import io.perfagent.bootstrap.JdbcTimings;
import io.perfagent.core.config.Config;
import io.perfagent.core.config.ConfigChange;
import io.perfagent.core.jdbc.JdbcKeyResolver;
import io.perfagent.core.jdbc.JdbcSettings;
import io.perfagent.core.runtime.AgentRuntime;

import java.lang.instrument.Instrumentation;
import java.sql.Connection;
import java.sql.Statement;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * The JDBC probes ({@code jdbc.enabled}): statements, connections' {@code prepare*}, data sources
 * ({@link JdbcProbeTransformer}). On attach the loaded JDBC classes are woven; a reload that flips {@code jdbc.enabled}
 * re-weaves them, except those defined with new members, whose probes stay and record only while it is on; a detach restores what it can ({@link WovenClasses}: statement classes defined with holder fields
 * keep their probes, which record nothing once the bridge has no resolver). Same threading contract as {@link Weaver}.
 */
public final class JdbcWeaver implements Weaver {

    private final WovenClasses classes = new WovenClasses();

    @Override
    public String name() {
        return "jdbc";
    }

    @Override
    public Installed install(Instrumentation inst, Config config, AgentRuntime runtime, boolean retransformLoaded) {
        if (!config.bool("jdbc.enabled")) {
            JdbcTimings.install(null); // classes that keep their probes (WovenClasses) record nothing from now on
            return null;
        }
        JdbcTimings.install(new JdbcKeyResolver(runtime.registry(), JdbcSettings.from(config)));
        JdbcProbeTransformer transformer = new JdbcProbeTransformer(classes.woven, classes.reshaped);
        inst.addTransformer(transformer, true);
        if (retransformLoaded) {
            // superclasses after the classes: an abstract base declaring execute* is woven for its subclass's roles,
            // which the transformer learns from the subclass (JdbcWriter.forClass)
            LoadedClasses.retransform(inst, LoadedClasses.withSuperclassesAfter(inst,
                    LoadedClasses.matching(inst, JdbcWeaver::playsJdbcRole)));
        }
        return classes.installed(transformer);
    }

    @Override
    public Predicate<Class<?>> reweave(ConfigChange change) {
        if (!change.changedAny("jdbc.enabled")) {
            return null;
        }
        // a class given new members cannot be woven back; it keeps its probes, which follow JdbcTimings' resolver
        return type -> playsJdbcRole(type) && !classes.reshaped.contains(type.getName().replace('.', '/'));
    }

    private static boolean playsJdbcRole(Class<?> type) {
        return !type.isInterface() && (Statement.class.isAssignableFrom(type)
                || Connection.class.isAssignableFrom(type) || DataSource.class.isAssignableFrom(type));
    }
}
