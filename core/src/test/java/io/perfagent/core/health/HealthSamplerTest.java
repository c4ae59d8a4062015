package io.perfagent.core.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Samples the real machine (this suite runs on Linux) and exercises the OSHI fallback through the test switch. */
class HealthSamplerTest {

    private final ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    private final PrintStream warningStream = new PrintStream(warnings, true, StandardCharsets.UTF_8);

    @Test
    void samplesRealSystemFiguresTwiceThroughOshi() {
        HealthSampler sampler = new HealthSampler(true, warningStream);
        sampler.sample();
        burnSomeCpu();
        Map<String, Object> health = sampler.sample();

        Map<?, ?> system = (Map<?, ?>) health.get("system");
        assertEquals("oshi", system.get("source"), "warnings: " + warnings);
        double cpu = ((Number) system.get("cpu_percent")).doubleValue();
        assertTrue(cpu >= 0 && cpu <= 100, "cpu_percent " + cpu);
        double processCpu = ((Number) system.get("process_cpu_percent")).doubleValue();
        assertTrue(processCpu >= 0 && processCpu <= 100, "process_cpu_percent " + processCpu);
        assertTrue(((Number) system.get("memory_used_percent")).doubleValue() > 0);
        assertTrue(((Number) system.get("memory_available_bytes")).longValue() > 0);
        for (String counter : List.of("disk_read_bytes_per_s", "disk_write_bytes_per_s", "net_rx_bytes_per_s",
                "net_tx_bytes_per_s", "swap_used_bytes")) {
            assertTrue(((Number) system.get(counter)).longValue() >= 0, counter + " " + system.get(counter));
        }
        assertTrue(((Number) system.get("process_rss_bytes")).longValue() > 0);
        assertTrue(((Number) system.get("open_file_descriptors")).longValue() > 0);
        assertEquals("", warnings.toString(StandardCharsets.UTF_8));
        assertJvmFigures(health);
    }

    @Test
    void fallsBackToTheMxBeanWithOneLineWhenOshiFails() {
        HealthSampler sampler = new HealthSampler(true, warningStream);
        System.setProperty(OshiSystemSource.FAIL_SWITCH, "true");
        try {
            Map<String, Object> first = sampler.sample();
            Map<String, Object> second = sampler.sample();
            assertEquals("mxbean", ((Map<?, ?>) first.get("system")).get("source"));
            assertEquals("mxbean", ((Map<?, ?>) second.get("system")).get("source"));
            assertNotNull(((Map<?, ?>) second.get("system")).get("memory_used_percent"));
            assertJvmFigures(second);
        } finally {
            System.clearProperty(OshiSystemSource.FAIL_SWITCH);
        }
        List<String> lines = warnings.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of("perfagent: system metrics via OSHI unavailable (UnsatisfiedLinkError: simulated by "
                + "-Dperfagent.test.fail-oshi=true); using the JVM's OperatingSystemMXBean"), lines);
    }

    @Test
    void systemBlockIsLeftOutWhenDisabled() {
        Map<String, Object> health = new HealthSampler(false, warningStream).sample();
        assertEquals(List.of("jvm"), List.copyOf(health.keySet()));
        assertJvmFigures(health);
    }

    @Test
    void systemFieldsAreInTheDocumentedOrder() {
        Map<String, Object> system = new SystemFigures(null, null, null, null, null, null, null, null, null, null,
                null, null, "mxbean").toMap();
        assertEquals(List.of("cpu_percent", "load_average_1m", "memory_used_percent", "memory_available_bytes",
                "swap_used_bytes", "disk_read_bytes_per_s", "disk_write_bytes_per_s", "net_rx_bytes_per_s",
                "net_tx_bytes_per_s", "open_file_descriptors", "process_cpu_percent", "process_rss_bytes", "source"),
                List.copyOf(system.keySet()));
    }

    private static void assertJvmFigures(Map<String, Object> health) {
        Map<?, ?> jvm = (Map<?, ?>) health.get("jvm");
        // G1 may report 0 used right after start-up, so "used" is only checked for presence.
        assertTrue(((Number) jvm.get("heap_used_bytes")).longValue() >= 0);
        assertTrue(((Number) jvm.get("heap_committed_bytes")).longValue() > 0);
        assertTrue(((Number) jvm.get("heap_max_bytes")).longValue() > 0);
        assertTrue(((Number) jvm.get("threads_live")).intValue() > 0);
        assertTrue(((Number) jvm.get("classes_loaded")).intValue() > 0);
        double gcPercent = ((Number) jvm.get("gc_time_percent")).doubleValue();
        assertTrue(gcPercent >= 0 && gcPercent <= 100, "gc_time_percent " + gcPercent);
        assertFalse(((List<?>) jvm.get("gc")).isEmpty(), "at least one collector");
    }

    private static void burnSomeCpu() {
        long x = 0;
        for (int i = 0; i < 20_000_000; i++) {
            x += Integer.bitCount(i) ^ x >>> 3;
        }
        assertTrue(x != 42);
    }
}
