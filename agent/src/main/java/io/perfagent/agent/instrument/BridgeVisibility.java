package io.perfagent.agent.instrument;

import io.perfagent.bootstrap.Timings;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * Whether a class loader resolves the bridge package ({@code io.perfagent.bootstrap}) to the agent's own bridge
 * classes. Woven code calls the bridge, so weaving a class whose loader cannot see it (the platform loader, an
 * isolating plug-in loader) would make the application throw NoClassDefFoundError. A loader that delegates to the
 * bridge's loader through its parents is answered at once; any other is asked once ({@code Class.forName}, without
 * initialising anything) and its answer remembered, weakly. Thread-safe; never loads a class while holding its own
 * lock, since loading through a loader takes that loader's lock, which another thread may hold while it waits for ours.
 */
public final class BridgeVisibility {

    private static final ClassLoader BRIDGE_LOADER = Timings.class.getClassLoader();

    private final Map<ClassLoader, Boolean> answers = new WeakHashMap<>();

    /** True when classes of {@code loader} can call the bridge. */
    public boolean sees(ClassLoader loader) {
        if (BRIDGE_LOADER == null) {
            return true; // the bridge is on the boot class path: every loader sees it
        }
        if (loader == null) {
            return false;
        }
        for (ClassLoader current = loader; current != null; current = current.getParent()) {
            if (current == BRIDGE_LOADER) {
                return true;
            }
        }
        Boolean known;
        synchronized (answers) {
            known = answers.get(loader);
        }
        if (known != null) {
            return known;
        }
        boolean sees = resolvesBridge(loader);
        synchronized (answers) {
            answers.put(loader, sees);
        }
        return sees;
    }

    private static boolean resolvesBridge(ClassLoader loader) {
        try {
            return Class.forName(Timings.class.getName(), false, loader) == Timings.class;
        } catch (ClassNotFoundException | LinkageError | RuntimeException hidden) {
            return false;
        }
    }
}
