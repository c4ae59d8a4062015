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

    /**
     * The version of what woven code and the agent call here (names, descriptors, meaning), raised with every change
     * to it ({@code BridgeApiTest} pins the signatures to this number). A JVM loads the bridge once, from the first
     * perfagent.jar (or any jar bundling it) on its class path: an agent of another build attached later would weave
     * calls the loaded bridge does not have, which would fail inside the application, so it refuses to start instead.
     */
    public static final int API = 5;

    private static final String[] NAMES = {
        "AgentErrors", "Samples", "SampleBuffer", "ThreadRecorder", "RecorderTable", "Recorders", "ThreadAllocation",
        "SlowCalls", "Timings", "JdbcTimings", "JdbcState", "WeakIdentityTable", "BucketLayout", "KeyCounts", "HotKeys",
        "Clock",
    };

    /** What {@link #offerAllocationCounter} left for {@link ThreadAllocation}'s initialization; null when nothing. */
    private static volatile com.sun.management.ThreadMXBean offeredAllocationCounter;
    /** What {@link #offerTicksPerSecond} left for {@link Clock}'s initialization; 0: System.nanoTime. */
    private static volatile long offeredTicksPerSecond;

    private BridgeClasses() {
    }

    /**
     * The thread MXBean {@link ThreadAllocation} is to read, built by the agent without {@code ManagementFactory}'s
     * platform set-up (which costs start-up time); must come before {@link #initialize}, and is ignored once
     * ThreadAllocation is initialized. {@code null}: it asks {@code ManagementFactory} itself.
     */
    public static void offerAllocationCounter(com.sun.management.ThreadMXBean bean) {
        offeredAllocationCounter = bean;
    }

    static com.sun.management.ThreadMXBean offeredAllocationCounter() {
        return offeredAllocationCounter;
    }

    /**
     * The rate of the JVM's tick counter, which the agent checked and exported {@code jdk.jfr.internal} to this
     * class's module for, so that {@link Clock} reads it instead of {@code System.nanoTime()}; must come before
     * {@link #initialize}, and is ignored once Clock is initialized (the first choice holds for the JVM's life).
     */
    public static void offerTicksPerSecond(long ticksPerSecond) {
        offeredTicksPerSecond = ticksPerSecond;
    }

    static long offeredTicksPerSecond() {
        return offeredTicksPerSecond;
    }

    /** Initializes the bridge classes and resolves what a thread's first recording names; returns how many were found. */
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
        resolveFirstRecording();
        try {
            // named by a hot thread's wake-up of the drainer; resolving it here has no side effect (unpark would)
            Class.forName("java.util.concurrent.locks.LockSupport", false, loader);
        } catch (ClassNotFoundException impossible) {
            // a JDK class
        }
        return found;
    }

    /**
     * A thread's first recording constructs its recorder and soon grows its first buffer; the classes that code names
     * (WeakReference, SampleBuffer) are resolved through the application class loader's per-name lock the first time
     * it runs. Run here once, on an unregistered recorder, so that no application thread, virtual or not, ever waits
     * on that lock inside a probe (a virtual thread would pin its carrier: VirtualThreadSafetyIT).
     */
    private static void resolveFirstRecording() {
        // links the method handles the table calls (thread id, and Thread.isVirtual on JDK 21+)
        RecorderTable.slotOf(Thread.currentThread());
        RecorderTable.isVirtual(Thread.currentThread());
        ThreadRecorder recorder = new ThreadRecorder(Thread.currentThread());
        long packed = Samples.pack(0, 0L, false);
        for (int slot = 0; slot <= ThreadRecorder.FIRST_CAPACITY; slot += 2) {
            recorder.record(packed, 1L);
            recorder.record(packed);
        }
        // and a hot key's first counted calls (KeyCounts, named from ThreadRecorder's fast path)
        recorder.startCounting(new KeyCounts(0, true));
        recorder.record(packed, 1L);
        recorder.record(packed);
    }
}
