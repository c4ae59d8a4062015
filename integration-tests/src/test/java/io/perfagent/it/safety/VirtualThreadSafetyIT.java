package io.perfagent.it.safety;

import com.fasterxml.jackson.databind.JsonNode;
import io.perfagent.it.ForkedJvm;
import io.perfagent.it.Jdks;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import sample.safety.VirtualThreadsApp;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scenario 11 (JDK 25): 100,000 virtual threads each call an instrumented method. Counts are exact, no carrier is
 * pinned by perfagent (JFR {@code jdk.VirtualThreadPinned} with a 0 ms threshold; the application pins once on purpose
 * as a control), and virtual threads' calls carry no allocation sample rather than a false 0.
 */
class VirtualThreadSafetyIT {

    private static final int VIRTUAL_THREADS = 100_000;

    @Test
    void hundredThousandVirtualThreadsAreCountedExactlyWithoutPinning() throws Exception {
        Jdks.Jdk jdk = Jdks.all().stream().filter(j -> j.feature() >= 25).findFirst().orElse(null);
        Assumptions.assumeTrue(jdk != null, "no JDK 25 installed");
        ForkedJvm.Result plain = ForkedJvm.on(jdk).main(VirtualThreadsApp.class, "" + VIRTUAL_THREADS).run();
        ForkedJvm agentJvm = ForkedJvm.on(jdk).agent(null).jvmArg("-Dperfagent.methods.include=sample.safety.Alloc#*")
                .jvmArg("-XX:StartFlightRecording:filename=pinned.jfr,jdk.VirtualThreadPinned#threshold=0ms")
                .jvmArg("-Xlog:jfr+startup=off").main(VirtualThreadsApp.class, "" + VIRTUAL_THREADS);
        ForkedJvm.Result agent = agentJvm.run();

        Behaviour.assertUnchanged(plain, agent);
        JsonNode metric = agent.reports().summaryMetric("sample.safety.Alloc#kilobyte");
        assertEquals(VIRTUAL_THREADS + VirtualThreadsApp.PLATFORM_CALLS, metric.path("count").asLong(), metric::toString);
        assertEquals(0, agent.reports().summary().path("agent").path("samples_dropped").asLong());
        // 1,000 platform-thread calls allocate ~1 KB each; 100,000 virtual-thread calls recorded as 0 would drag p50 to 0.
        assertTrue(metric.path("alloc_bytes").path("p50").asLong() >= 1024, metric::toString);

        List<String> pinned = pinnedEvents(jdk, agent.workDir().resolve("pinned.jfr"));
        assertTrue(pinned.stream().anyMatch(e -> e.contains("PinControl.<clinit>")),
                "the control pinning was not seen; is JFR pinning detection working? " + pinned);
        for (String event : pinned) {
            assertTrue(!event.contains("perfagent"), "perfagent pinned a carrier thread:\n" + event);
        }
    }

    /** Each jdk.VirtualThreadPinned event of the recording as printed by the JDK's jfr tool, stack included. */
    private static List<String> pinnedEvents(Jdks.Jdk jdk, Path recording) throws Exception {
        Process jfr = new ProcessBuilder(jdk.home().resolve("bin/jfr").toString(), "print", "--stack-depth", "64",
                "--events", "jdk.VirtualThreadPinned", recording.toString()).redirectErrorStream(true).start();
        String text = new String(jfr.getInputStream().readAllBytes());
        assertEquals(0, jfr.waitFor(), text);
        return Arrays.stream(text.split("jdk\\.VirtualThreadPinned \\{")).filter(e -> !e.isBlank()).toList();
    }
}
