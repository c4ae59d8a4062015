package io.perfagent.core.runtime;

/** {@link ExitHook#shutdownHook()}: a {@code perfagent-shutdown} thread registered with {@code Runtime}. */
final class ShutdownHookExit implements ExitHook {

    private Thread hook;

    @Override
    public void install(Runnable atExit) {
        hook = AgentThreads.newThread("shutdown", atExit);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void remove() {
        Thread registered = hook;
        if (registered != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(registered);
            } catch (IllegalStateException shuttingDownAlready) {
                // the hook is running or about to: nothing to remove
            }
        }
    }
}
