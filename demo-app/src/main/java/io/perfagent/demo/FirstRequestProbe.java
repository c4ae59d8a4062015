package io.perfagent.demo;

import java.io.PrintStream;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Prints, once, how long after JVM start the first request completed: the number a start-up benchmark compares
 * with and without an agent attached. Thread-safe; only the first caller prints.
 */
final class FirstRequestProbe {

    private final AtomicBoolean reported = new AtomicBoolean();
    private final PrintStream out;

    FirstRequestProbe(PrintStream out) {
        this.out = out;
    }

    void requestCompleted() {
        if (!reported.get() && reported.compareAndSet(false, true)) {
            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            out.println("first request served after " + sinceStart + " ms since JVM start" + processCpu());
        }
    }

    /**
     * The CPU time all of the JVM's threads used until now: on a machine shared with other work it varies far less
     * than the wall-clock figure, so a start-up comparison can show both. Empty where the platform cannot tell.
     */
    private static String processCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                && os.getProcessCpuTime() >= 0) {
            return " (process CPU " + os.getProcessCpuTime() / 1_000_000 + " ms)";
        }
        return "";
    }
}
