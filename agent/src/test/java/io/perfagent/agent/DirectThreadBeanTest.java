package io.perfagent.agent;

import net.bytebuddy.agent.ByteBuddyAgent;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectThreadBeanTest {

    static volatile byte[] sink;

    @Test
    void readsTheSameAllocationCounterAsThePlatformBean() {
        com.sun.management.ThreadMXBean direct = DirectThreadBean.open(ByteBuddyAgent.install());
        assertNotNull(direct, "HotSpot JDKs 17 and 25 have the internals the bean is built from");
        com.sun.management.ThreadMXBean platform = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertEquals(platform.getClass(), direct.getClass(), "the same class the platform hands out");
        assertTrue(direct.isThreadAllocatedMemorySupported());

        long before = direct.getCurrentThreadAllocatedBytes();
        sink = new byte[1 << 20];
        long after = direct.getCurrentThreadAllocatedBytes();
        long platformAfter = platform.getCurrentThreadAllocatedBytes();

        assertTrue(after - before >= 1 << 20, "a megabyte allocated, counted " + (after - before));
        assertTrue(platformAfter >= after && platformAfter - after < 64 * 1024,
                "both read the thread's one counter: " + after + " and " + platformAfter);
    }

    @Test
    void answersNullWhenTheModulesCannotBeOpened() {
        assertNull(DirectThreadBean.open(null), "without Instrumentation the bridge asks ManagementFactory");
    }
}
