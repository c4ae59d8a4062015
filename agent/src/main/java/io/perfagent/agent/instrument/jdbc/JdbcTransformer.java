package io.perfagent.agent.instrument.jdbc;

import io.perfagent.agent.instrument.BridgeVisibility;
import io.perfagent.agent.instrument.PrefilteredTransformer;
import io.perfagent.bootstrap.JdbcTimings;
import io.perfagent.core.config.Config;
import io.perfagent.core.jdbc.JdbcKeyResolver;
import io.perfagent.core.jdbc.JdbcSettings;
import io.perfagent.core.runtime.AgentRuntime;
import net.bytebuddy.agent.builder.AgentBuilder;


/**
 * Installs perfagent's JDBC instrumentation ({@code jdbc.enabled}): statements of any driver or pool, connections'
 * {@code prepare*} and data sources' {@code getConnection}. It has its own agent builder because, unlike the method
 * probes, it changes the class format: new statement classes get {@link HolderFields}, which needs Byte Buddy's
 * REDEFINE type strategy. Classes already loaded (attach) are only woven, and keep their state in weak tables.
 * Used by {@code JdbcWeaver}.
 */
public final class JdbcTransformer {

    private JdbcTransformer() {
    }

    /**
     * {@code base} with the JDBC transformations (statements, connections' {@code prepare*}, data sources), ready to
     * install; also points the bootstrap bridge at a key resolver for {@code config}.
     */
    public static AgentBuilder extend(AgentBuilder base, Config config, AgentRuntime runtime) {
        JdbcTimings.install(new JdbcKeyResolver(runtime.registry(), JdbcSettings.from(config)));
        JdbcTypeMatcher types = new JdbcTypeMatcher(new BridgeVisibility());
        // REDEFINE (not DECORATE): statement classes defined from now on get HolderFields
        return base.with(AgentBuilder.TypeStrategy.Default.REDEFINE)
                .with(PrefilteredTransformer.decorator(JdbcCandidates.INSTANCE))
                .type(new HolderRule(types))
                .transform((typeBuilder, type, loader, module, domain) -> HolderFields.add(typeBuilder))
                .type(new InheritedGetConnection(types))
                .transform((typeBuilder, type, loader, module, domain) -> InheritedGetConnection.add(typeBuilder, type))
                .type(types)
                .transform((typeBuilder, type, loader, module, domain) -> {
                    int roles = types.rolesOf(type, loader);
                    if ((roles & JdbcRoles.STATEMENT) != 0) {
                        typeBuilder = typeBuilder.visit(StatementInstrumentation.VISITOR);
                    }
                    if ((roles & JdbcRoles.CONNECTION) != 0) {
                        typeBuilder = typeBuilder.visit(ConnectionInstrumentation.VISITOR);
                    }
                    if ((roles & JdbcRoles.DATA_SOURCE) != 0) {
                        typeBuilder = typeBuilder.visit(DataSourceInstrumentation.VISITOR);
                    }
                    return typeBuilder;
                });
    }
}
