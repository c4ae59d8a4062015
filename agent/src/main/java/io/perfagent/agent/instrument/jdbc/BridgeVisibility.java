package io.perfagent.agent.instrument.jdbc;

import io.perfagent.bootstrap.JdbcTimings;
import net.bytebuddy.matcher.ElementMatcher;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * Accepts only class loaders that resolve the bridge package to the agent's own bridge classes: woven JDBC code calls
 * {@link JdbcTimings}, so weaving a class whose loader cannot see it (the platform loader, an isolating plug-in
 * loader) would make every statement throw NoClassDefFoundError. The answer is remembered per loader, weakly.
 * Thread-safe; never loads a class while holding its own lock.
 */
final class BridgeVisibility extends ElementMatcher.Junction.AbstractBase<ClassLoader> {

    private final Map<ClassLoader, Boolean> answers = new WeakHashMap<>();

    @Override
    public boolean matches(ClassLoader loader) {
        if (loader == null) {
            return false;
        }
        Boolean known;
        synchronized (answers) {
            known = answers.get(loader);
        }
        if (known != null) {
            return known;
        }
        // Asked outside the lock: loading through a loader takes that loader's lock, which another thread may hold
        // while it waits for ours.
        boolean sees = sees(loader);
        synchronized (answers) {
            answers.put(loader, sees);
        }
        return sees;
    }

    private static boolean sees(ClassLoader loader) {
        try {
            return Class.forName(JdbcTimings.class.getName(), false, loader) == JdbcTimings.class;
        } catch (ClassNotFoundException | LinkageError | RuntimeException hidden) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "class loaders that see the perfagent bridge";
    }
}
