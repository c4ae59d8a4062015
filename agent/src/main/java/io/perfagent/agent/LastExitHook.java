package io.perfagent.agent;

import io.perfagent.bootstrap.AgentExit;
import io.perfagent.core.runtime.ExitHook;

import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;

/**
 * Runs the final flush after every application shutdown hook has finished, so what the application does while it
 * shuts down is reported: a request a graceful shutdown lets finish, a framework's closing statements, the
 * application's own hooks. The JDK runs its system shutdown hooks one slot after another, the application's hooks all
 * in slot 1 (the console restores in 0, delete-on-exit files go in 2); perfagent takes a free slot above those
 * through the JDK's internal {@code JavaLangAccess}, exported to its own class loader only. The slot runs
 * {@link AgentExit}, which the JVM keeps for its life, so a detach only clears the action. Where the JDK has no such
 * slot free or the internals moved, an ordinary shutdown hook does it instead (running beside the application's
 * hooks, as before). Used by the thread that starts or detaches the agent.
 */
final class LastExitHook implements ExitHook {

    /** Searched from the top: the JDK numbers its own hooks from 0 and uses 0 to 2 today. */
    private static final int HIGHEST_SLOT = 9;
    private static final int LOWEST_SLOT = 3;

    private final Instrumentation inst;
    private ExitHook fallback;

    LastExitHook(Instrumentation inst) {
        this.inst = inst;
    }

    @Override
    public void install(Runnable atExit) {
        if (registered()) {
            AgentExit.setAction(atExit);
        } else {
            fallback = ExitHook.shutdownHook();
            fallback.install(atExit);
        }
    }

    @Override
    public void remove() {
        if (fallback != null) {
            fallback.remove();
        } else {
            AgentExit.setAction(null);
        }
    }

    /** Whether {@link AgentExit} holds a system slot, registering it on the first start in this JVM. */
    private boolean registered() {
        synchronized (AgentExit.class) {
            if (!AgentExit.isRegistered() && register()) {
                AgentExit.markRegistered();
            }
            return AgentExit.isRegistered();
        }
    }

    private boolean register() {
        try {
            InternalPackages.exportToAgent(inst, "java.base", "jdk.internal.access");
            Class<?> access = Class.forName("jdk.internal.access.JavaLangAccess");
            Object javaLang = Class.forName("jdk.internal.access.SharedSecrets").getMethod("getJavaLangAccess")
                    .invoke(null);
            Method add = access.getMethod("registerShutdownHook", int.class, boolean.class, Runnable.class);
            for (int slot = HIGHEST_SLOT; slot >= LOWEST_SLOT; slot--) {
                if (tryRegister(add, javaLang, slot)) {
                    prepareDeleteOnExit();
                    return true;
                }
            }
            return false;
        } catch (Throwable unavailable) {
            return false; // another JDK: the ordinary shutdown hook does it
        }
    }

    /**
     * Sets up the JDK's delete-on-exit hook now. The JDK does that at the first {@code File.deleteOnExit()}, which
     * fails for good (the class cannot initialize) once the exit has passed that hook's slot, i.e. while perfagent's
     * final flush runs; a library loading then (JNA unpacks its native library with it) would leave the JVM without
     * delete-on-exit. Set up early, a late call only meets the JDK's "Shutdown in progress".
     */
    private static void prepareDeleteOnExit() {
        try {
            Class.forName("java.io.DeleteOnExitHook", true, null);
        } catch (Throwable notThere) {
            // another JDK: nothing to prepare
        }
    }

    /** False when the slot is taken; any other failure (e.g. the JVM is exiting already) ends the search. */
    private static boolean tryRegister(Method add, Object javaLang, int slot) throws ReflectiveOperationException {
        try {
            add.invoke(javaLang, slot, false, AgentExit.hook());
            return true;
        } catch (java.lang.reflect.InvocationTargetException failed) {
            if (failed.getCause() instanceof InternalError) {
                return false; // "Shutdown hook at slot n already registered"
            }
            throw failed;
        }
    }
}
