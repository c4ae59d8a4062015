package io.perfagent.agent.instrument.jdbc;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JDBC roles already worked out per class loader and class name, so a supertype's class file is read at most once
 * per loader instead of once per subclass (reading them dominated the agent's start-up cost on H2). Bounded per
 * loader; loaders are held weakly. Thread-safe.
 */
final class RoleCache {

    static final int MAX_PER_LOADER = 50_000;

    private final Map<ClassLoader, Map<String, Integer>> byLoader = new WeakHashMap<>();

    Map<String, Integer> forLoader(ClassLoader loader) {
        synchronized (byLoader) {
            return byLoader.computeIfAbsent(loader, l -> new ConcurrentHashMap<>());
        }
    }

    static void remember(Map<String, Integer> known, String name, int roles) {
        if (known.size() < MAX_PER_LOADER) {
            known.put(name, roles);
        }
    }
}
