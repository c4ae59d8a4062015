package io.perfagent.bootstrap;

/**
 * Loads and initializes every bridge class woven code can reach, once, on the thread that starts the agent.
 *
 * <p>Left lazy, the first instrumented calls would load and initialize them on application threads, racing for the
 * class-initialization lock; a virtual thread blocked there pins its carrier (JFR {@code jdk.VirtualThreadPinned},
 * guarded by VirtualThreadSafetyIT). A class added to the bridge belongs in {@link #NAMES}; names not present in
 * this build (e.g. an optional probe) are skipped. Called once at start-up; thread-safe.
 */
public final class BridgeClasses {

    private static final String[] NAMES = {
        "AgentErrors", "Samples", "SampleBuffer", "ThreadRecorder", "Recorders", "ThreadAllocation", "SlowCalls",
        "Timings", "JdbcTimings",
    };

    private BridgeClasses() {
    }

    /** Initializes the bridge classes; returns how many were found. */
    public static int initialize() {
        int found = 0;
        ClassLoader loader = BridgeClasses.class.getClassLoader();
        for (String name : NAMES) {
            try {
                Class.forName(BridgeClasses.class.getPackageName() + "." + name, true, loader);
                found++;
            } catch (ClassNotFoundException notInThisBuild) {
                // an optional probe this build does not have
            }
        }
        return found;
    }
}
