package io.perfagent.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sample.app.ClockApp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The probes' clock (clock.tsc): the JVM's tick counter exactly where HotSpot runs it from the TSC, System.nanoTime
 * otherwise or when switched off, and the same latencies in nanoseconds whichever measured them.
 */
class ClockIT {

    private static final String WORK = "-Dperfagent.methods.include=sample.app.Work#*";
    private static final String EXPORT = "--add-exports=jdk.jfr/jdk.jfr.internal=ALL-UNNAMED";

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void theTickCounterIsUsedWhereHotSpotTrustsItAndMeasuresWhatNanoTimeDoes(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result run = ForkedJvm.on(jdk).agent(null).jvmArg(WORK).jvmArg(EXPORT).main(ClockApp.class).run();
        assertEquals(0, run.exitCode(), run::toString);
        // 10^9 per second is HotSpot's fallback counter, nanoTime's own source: nothing to gain from it
        String expected = run.stdout().contains("ticks-per-second=1000000000\n") ? "nanotime" : "tsc";
        assertEquals(expected, run.reports().summary().path("agent").path("clock").asText(), run::toString);
        assertKnownLatencies(run);
        assertEquals("", run.stderr(), "a clock in use is not announced");
    }

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void clockTscFalseKeepsNanoTime(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result run = ForkedJvm.on(jdk).agent(null).jvmArg(WORK).jvmArg(EXPORT)
                .jvmArg("-Dperfagent.clock.tsc=false").main(ClockApp.class).run();
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("nanotime", run.reports().summary().path("agent").path("clock").asText(), run::toString);
        assertKnownLatencies(run);
    }

    private static void assertKnownLatencies(ForkedJvm.Result run) throws Exception {
        Reports reports = run.reports();
        long sleepP50 = reports.summaryMetric("sample.app.Work#sleep20").path("latency_ns").path("p50").asLong();
        assertTrue(sleepP50 >= 20_000_000L && sleepP50 <= 30_000_000L, "sleep p50 " + sleepP50);
        long spinP50 = reports.summaryMetric("sample.app.Work#spin100us").path("latency_ns").path("p50").asLong();
        // at 2 significant digits a p50 is the bucket's upper end: 100 µs reads 100-101 µs, and a spin can overrun
        assertTrue(spinP50 >= 99_000L && spinP50 <= 130_000L, "spin p50 " + spinP50);
        assertEquals(2000, reports.summaryCount("sample.app.Work#spin100us"));
    }
}
