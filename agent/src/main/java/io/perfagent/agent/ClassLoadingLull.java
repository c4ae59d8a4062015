package io.perfagent.agent;

import java.lang.instrument.Instrumentation;

/**
 * When a background start ({@code startup.background=true}) begins its work: once the application's start-up has
 * settled, so that building the probes does not compete with it for CPU. A JVM's start-up is the busiest time of its
 * life and it loads classes in bulk (the demo: about 2,000 in its first second), so the signal is the JVM's count of
 * loaded classes, read every {@value #POLL_MILLIS} ms: settled once it grew by fewer than {@value #QUIET_CLASSES}
 * over the last {@value #WINDOW_POLLS} reads, or after {@value #MAX_WAIT_MILLIS} ms whatever happens (an application
 * that never stops loading classes is measured from then on). A short lull inside start-up (a database seeding its
 * tables) is shorter than the window. One instance per start; not thread-safe.
 */
final class ClassLoadingLull {

    static final long POLL_MILLIS = 100;
    static final int WINDOW_POLLS = 5;
    static final int QUIET_CLASSES = 20;
    static final long MAX_WAIT_MILLIS = 10_000;

    private final int[] counts = new int[WINDOW_POLLS + 1];
    private int reads;

    /** Records one read of the loaded-class count; true when the window ending here was quiet. */
    boolean settledAfter(int loadedClasses) {
        counts[reads % counts.length] = loadedClasses;
        reads++;
        if (reads < counts.length) {
            return false;
        }
        int windowStart = counts[reads % counts.length]; // the oldest read still in the ring
        return loadedClasses - windowStart < QUIET_CLASSES;
    }

    /** Blocks until the application's class loading has settled, or the longest wait has passed. */
    static void await(Instrumentation inst) throws InterruptedException {
        ClassLoadingLull lull = new ClassLoadingLull();
        long deadline = System.nanoTime() + MAX_WAIT_MILLIS * 1_000_000L;
        while (!lull.settledAfter(inst.getAllLoadedClasses().length) && System.nanoTime() - deadline < 0) {
            Thread.sleep(POLL_MILLIS);
        }
    }
}
