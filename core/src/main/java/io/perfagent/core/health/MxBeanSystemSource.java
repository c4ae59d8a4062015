package io.perfagent.core.health;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * System figures from the JVM's {@code OperatingSystemMXBean}, used when OSHI cannot run. The standard interface
 * gives only the load average; the {@code com.sun.management} extension (HotSpot and OpenJ9) adds CPU, memory,
 * swap and descriptor counts. Disk, network and resident-set figures are not available here and are null.
 * Not thread-safe.
 */
final class MxBeanSystemSource implements SystemSource {

    private final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();

    @Override
    public SystemFigures sample(long elapsedNanos) {
        Double load = Numbers.nonNegativeOrNull(os.getSystemLoadAverage());
        try {
            return extended(load);
        } catch (LinkageError | RuntimeException missingExtension) {
            // A runtime image without jdk.management: keep what the standard bean gives.
            return new SystemFigures(null, load, null, null, null, null, null, null, null, null, null, null, "mxbean");
        }
    }

    private SystemFigures extended(Double load) {
        if (!(os instanceof com.sun.management.OperatingSystemMXBean)) {
            throw new IllegalStateException("no com.sun.management extension");
        }
        com.sun.management.OperatingSystemMXBean sun = (com.sun.management.OperatingSystemMXBean) os;
        long total = sun.getTotalMemorySize();
        long free = sun.getFreeMemorySize();
        Long fds = os instanceof com.sun.management.UnixOperatingSystemMXBean unix
                ? Numbers.nonNegativeOrNull(unix.getOpenFileDescriptorCount()) : null;
        long swapTotal = sun.getTotalSwapSpaceSize();
        long swapFree = sun.getFreeSwapSpaceSize();
        return new SystemFigures(Numbers.percentOrNull(sun.getCpuLoad()), load, Numbers.usedPercent(total, free),
                Numbers.nonNegativeOrNull(free), swapTotal < 0 || swapFree < 0 ? null : swapTotal - swapFree,
                null, null, null, null, fds, Numbers.percentOrNull(sun.getProcessCpuLoad()), null, "mxbean");
    }
}
