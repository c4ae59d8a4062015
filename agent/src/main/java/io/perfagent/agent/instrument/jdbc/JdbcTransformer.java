package io.perfagent.agent.instrument.jdbc;

import io.perfagent.agent.instrument.TransformErrorListener;
import io.perfagent.bootstrap.JdbcTimings;
import io.perfagent.core.config.Config;
import io.perfagent.core.jdbc.JdbcKeyResolver;
import io.perfagent.core.jdbc.JdbcSettings;
import io.perfagent.core.runtime.AgentRuntime;
import net.bytebuddy.agent.builder.AgentBuilder;

import java.lang.instrument.Instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;

/**
 * Installs perfagent's JDBC instrumentation ({@code jdbc.enabled}): statements of any driver or pool, connections'
 * {@code prepare*} and data sources' {@code getConnection}. It has its own agent builder because, unlike the method
 * probes, it changes the class format: new statement classes get {@link HolderFields}, which needs Byte Buddy's
 * REDEFINE type strategy. Classes already loaded (attach) are only woven, and keep their state in weak tables.
 * Called once, at start-up.
 */
public final class JdbcTransformer {

    private JdbcTransformer() {
    }

    public static void install(AgentBuilder base, Instrumentation inst, Config config, AgentRuntime runtime,
                               boolean attached) {
        JdbcTimings.install(new JdbcKeyResolver(runtime.registry(), JdbcSettings.from(config)));
        JdbcTypeMatcher types = new JdbcTypeMatcher(new BridgeVisibility());
        AgentBuilder builder = base
                .with(AgentBuilder.TypeStrategy.Default.REDEFINE)
                .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
                .with(AgentBuilder.InjectionStrategy.Disabled.INSTANCE)
                .with(AgentBuilder.PoolStrategy.Default.FAST)
                .with(AgentBuilder.DescriptionStrategy.Default.POOL_ONLY)
                .with(new TransformErrorListener())
                .ignore(nameStartsWith("io.perfagent.").or(nameStartsWith("net.bytebuddy.")).or(isSynthetic()));
        if (attached) {
            builder = builder.with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION);
        }
        builder.type(new HolderRule(types))
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
                })
                .installOn(inst);
    }
}
