package io.perfagent.core.health;

/** Where the {@code system} figures come from: OSHI, or the JVM's OperatingSystemMXBean as a fallback. */
interface SystemSource {

    /**
     * @param elapsedNanos time since the previous sample of this source's caller, 0 when there was none; rates over a
     *                     zero interval are reported as 0
     */
    SystemFigures sample(long elapsedNanos);
}
