package io.perfagent.benchmarks.health;

import io.perfagent.benchmarks.fork.Args;
import io.perfagent.benchmarks.fork.Stats;
import io.perfagent.core.health.HealthSampler;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the {@code health} block of each interval costs the flush thread: CPU time of {@link HealthSampler#sample()}
 * on its first call (OSHI and JNA loaded and set up, the MXBeans found) and on the calls after it, one second apart as
 * a short flush interval would make them, with {@code system.enabled} on or off. Also the whole process's CPU from the
 * first call to the second, which adds the JIT compiling that code on other threads (the JVM is otherwise idle here).
 * Prints; asserts nothing.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.perfagent.benchmarks.health.HealthSampleCost --system true</pre>
 */
public final class HealthSampleCost {

    private HealthSampleCost() {
    }

    public static void main(String[] argv) throws InterruptedException {
        Args args = new Args(argv);
        boolean system = Boolean.parseBoolean(args.get("system", "true"));
        int samples = args.integer("samples", 20);
        long pauseMillis = args.integer("pause-ms", 1000);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean process =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long processBefore = process.getProcessCpuTime();
        double firstInterval = 0;
        HealthSampler sampler = new HealthSampler(system);
        List<Double> later = new ArrayList<>();
        double first = 0;
        String source = "";
        for (int i = 0; i < samples; i++) {
            if (i == 1) {
                firstInterval = (process.getProcessCpuTime() - processBefore) / 1e6;
            }
            long before = threads.getCurrentThreadCpuTime();
            Map<String, Object> health = sampler.sample();
            double millis = (threads.getCurrentThreadCpuTime() - before) / 1e6;
            if (i == 0) {
                first = millis;
                source = health.get("system") instanceof Map<?, ?> figures ? String.valueOf(figures.get("source")) : "-";
            } else {
                later.add(millis);
            }
            Thread.sleep(pauseMillis);
        }
        System.out.printf("health sample, system.enabled=%s (source %s): first %.1f ms CPU (process, JIT included, "
                + "until the second: %.1f ms), then median %.1f ms, max %.1f ms over %d samples %d ms apart%n", system,
                source, first, firstInterval, Stats.median(later),
                later.stream().mapToDouble(Double::doubleValue).max().orElse(0), later.size(), pauseMillis);
    }
}
