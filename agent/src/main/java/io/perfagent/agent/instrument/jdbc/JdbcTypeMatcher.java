package io.perfagent.agent.instrument.jdbc;

import io.perfagent.agent.instrument.BridgeVisibility;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.utility.JavaModule;

import java.lang.ref.WeakReference;
import java.security.ProtectionDomain;

/**
 * Matches classes that play any JDBC role ({@link JdbcRoles}) in a class loader that sees the bridge. The agent
 * builder asks several rules about the same type in a row, and the transformer asks again, so the last answer is kept
 * per thread (the type weakly: it must not pin its type pool). Thread-safe.
 */
final class JdbcTypeMatcher implements AgentBuilder.RawMatcher {

    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

    private final BridgeVisibility bridgeVisible;
    private final RoleCache cache = new RoleCache();

    JdbcTypeMatcher(BridgeVisibility bridgeVisible) {
        this.bridgeVisible = bridgeVisible;
    }

    @Override
    public boolean matches(TypeDescription type, ClassLoader loader, JavaModule module, Class<?> classBeingRedefined,
                           ProtectionDomain domain) {
        return rolesOf(type, loader) != 0;
    }

    /** The type's roles; 0 when its loader cannot see the bridge. */
    int rolesOf(TypeDescription type, ClassLoader loader) {
        if (!bridgeVisible.sees(loader)) {
            return 0;
        }
        Object[] last = LAST.get();
        if (last[0] instanceof WeakReference<?> seen && seen.get() == type) {
            return (Integer) last[1];
        }
        int roles = JdbcRoles.of(type, cache.forLoader(loader));
        last[0] = new WeakReference<>(type);
        last[1] = roles;
        return roles;
    }

    boolean has(TypeDescription type, ClassLoader loader, int role) {
        return (rolesOf(type, loader) & role) != 0;
    }
}
