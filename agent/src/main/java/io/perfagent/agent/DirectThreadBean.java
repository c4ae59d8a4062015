package io.perfagent.agent;

import java.lang.instrument.Instrumentation;

/**
 * The JVM's thread MXBean (the allocated-bytes counter the probes read) built directly, instead of through
 * {@code ManagementFactory}: the platform MXBean set-up behind {@code ManagementFactory.getThreadMXBean()} (its
 * provider service loader, a permission check, a dozen component classes) costs about 25 ms of premain on JDK 17,
 * against about 5 ms for the one bean (docs/benchmarks.md). It is the same HotSpot class the platform would hand out;
 * the counter it reads is the JVM's, whichever instance asks.
 *
 * <p>Needs two JDK-internal packages, exported to the agent's own class loader only ({@link InternalPackages}; the
 * application sees nothing new). On a JVM without them (not HotSpot, or a later JDK that moved
 * them) it answers {@code null} and the bridge falls back to {@code ManagementFactory}: slower to start, same figures.
 */
final class DirectThreadBean {

    private static final String HELPER = "sun.management.ManagementFactoryHelper";
    private static final String VM_MANAGEMENT = "sun.management.VMManagement";
    private static final String HOTSPOT_BEAN = "com.sun.management.internal.HotSpotThreadImpl";

    private DirectThreadBean() {
    }

    /** The thread MXBean, or {@code null} when this JVM does not have the internals it is built from. */
    static com.sun.management.ThreadMXBean open(Instrumentation inst) {
        try {
            InternalPackages.exportToAgent(inst, "java.management", "sun.management");
            InternalPackages.exportToAgent(inst, "jdk.management", "com.sun.management.internal");
            Object vm = Class.forName(HELPER).getMethod("getVMManagement").invoke(null);
            Object bean = Class.forName(HOTSPOT_BEAN).getConstructor(Class.forName(VM_MANAGEMENT)).newInstance(vm);
            return (com.sun.management.ThreadMXBean) bean;
        } catch (Throwable unavailable) {
            return null; // the bridge asks ManagementFactory instead
        }
    }
}
