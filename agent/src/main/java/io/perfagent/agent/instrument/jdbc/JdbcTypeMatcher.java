package io.perfagent.agent.instrument.jdbc;

import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

import java.lang.ref.WeakReference;

/**
 * Matches classes that play any JDBC role ({@link JdbcRoles}). The agent builder asks the holder rule and this one
 * about the same type in a row, and the transformer asks again, so the last answer is kept per thread and the
 * supertype walk runs once per class. The remembered type is held weakly: it must not pin its type pool. Thread-safe.
 */
final class JdbcTypeMatcher extends ElementMatcher.Junction.AbstractBase<TypeDescription> {

    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

    @Override
    public boolean matches(TypeDescription type) {
        return rolesOf(type) != 0;
    }

    static int rolesOf(TypeDescription type) {
        Object[] last = LAST.get();
        if (last[0] instanceof WeakReference<?> seen && seen.get() == type) {
            return (Integer) last[1];
        }
        int roles = JdbcRoles.of(type);
        last[0] = new WeakReference<>(type);
        last[1] = roles;
        return roles;
    }

    @Override
    public String toString() {
        return "JDBC statements, connections and data sources";
    }
}
