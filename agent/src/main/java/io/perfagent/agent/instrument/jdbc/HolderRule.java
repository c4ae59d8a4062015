package io.perfagent.agent.instrument.jdbc;

import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.utility.JavaModule;

import java.security.ProtectionDomain;

/**
 * Selects the statement classes that get {@link HolderFields}: those being defined now, and those being retransformed
 * that were defined with the fields (a retransformation must reproduce them). Classes loaded before the agent are
 * left to the weak tables. Thread-safe.
 */
final class HolderRule implements AgentBuilder.RawMatcher {

    private final JdbcTypeMatcher types;

    HolderRule(JdbcTypeMatcher types) {
        this.types = types;
    }

    @Override
    public boolean matches(TypeDescription type, ClassLoader loader, JavaModule module, Class<?> classBeingRedefined,
                           ProtectionDomain domain) {
        if (classBeingRedefined != null) {
            return HolderFields.declaredBy(classBeingRedefined);
        }
        return types.has(type, loader, JdbcRoles.STATEMENT);
    }
}
