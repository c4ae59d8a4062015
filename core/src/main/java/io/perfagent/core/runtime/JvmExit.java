package io.perfagent.core.runtime;

/** Whether the JVM has begun to exit (its shutdown hooks run). Stateless. */
public final class JvmExit {

    private static final Thread PROBE = new Thread("perfagent-exit-probe");

    private JvmExit() {
    }

    /**
     * True once the JVM runs its shutdown hooks: it then refuses new ones, which is the only way the JDK tells. Costs
     * a registration and its removal; call it on rare paths only.
     */
    public static boolean inProgress() {
        try {
            Runtime.getRuntime().addShutdownHook(PROBE);
            Runtime.getRuntime().removeShutdownHook(PROBE);
            return false;
        } catch (IllegalStateException shuttingDown) {
            return true;
        } catch (IllegalArgumentException registeredByAnotherCall) {
            return false; // a concurrent call holds the probe: not exiting then
        }
    }
}
