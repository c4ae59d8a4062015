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
    private final Map<ClassLoader, Map<String, Integer>> fromSubclassesByLoader = new WeakHashMap<>();

    Map<String, Integer> forLoader(ClassLoader loader) {
        return mapOf(byLoader, loader);
    }

    /**
     * The roles that classes of {@code loader} passed up to their superclass as they were woven, by the superclass's
     * internal name ({@link JdbcWriter#forClass}).
     */
    Map<String, Integer> fromSubclasses(ClassLoader loader) {
        return mapOf(fromSubclassesByLoader, loader);
    }

    private static Map<String, Integer> mapOf(Map<ClassLoader, Map<String, Integer>> maps, ClassLoader loader) {
        synchronized (maps) {
            Map<String, Integer> map = maps.get(loader);
            if (map == null) {
                map = new ConcurrentHashMap<>();
                maps.put(loader, map);
            }
            return map;
        }
    }

    /** Adds {@code roles} to those passed up to {@code superclass}. Plain code: it runs inside class loading. */
    static void passUp(Map<String, Integer> fromSubclasses, String superclass, int roles) {
        while (true) {
            Integer before = fromSubclasses.get(superclass);
            if (before == null) {
                if (fromSubclasses.size() >= MAX_PER_LOADER
                        || fromSubclasses.putIfAbsent(superclass, roles) == null) {
                    return;
                }
            } else if ((before | roles) == before
                    || fromSubclasses.replace(superclass, before, before | roles)) {
                return;
            }
        }
    }

    static void remember(Map<String, Integer> known, String name, int roles) {
        if (known.size() < MAX_PER_LOADER) {
            known.put(name, roles);
        }
    }
}
