package io.perfagent.it.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import io.perfagent.it.ForkedJvm;
import io.perfagent.it.Jdks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sample.jdbc.SlowQueryApp;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A statement over jdbc.slow-threshold is logged once, by its sanitized key, with the application's stack. */
class SlowQueryLogIT {

    private static final String SLOW_KEY = "SELECT sleep_ms(?), ? AS tag";

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("io.perfagent.it.jdbc.StackCases#slowLogStacks")
    void aSlowStatementIsLoggedOnceWithItsSanitizedKeyAndStack(Jdks.Jdk jdk, String stack) throws Exception {
        // SlowQueryApp's slow statement sleeps 2 s; a threshold of 1.5 s keeps a loaded machine's first, cold
        // statements out of the way.
        ForkedJvm.Result run = JdbcRun.run(jdk, stack, SlowQueryApp.class, "-Dperfagent.jdbc.slow-threshold=1500ms");
        List<JsonNode> slow = run.reports().ofType("slow");
        List<JsonNode> ours = new ArrayList<>();
        slow.stream().filter(line -> SLOW_KEY.equals(line.path("key").asText())).forEach(ours::add);
        assertEquals(1, ours.size(), "exactly one slow line for the slow statement: " + slow);

        JsonNode line = ours.get(0);
        assertEquals("sql", line.path("kind").asText());
        assertTrue(line.path("duration_ns").asLong() >= 2_000_000_000L, line::toString);
        assertEquals("main", line.path("thread").asText());
        assertTrue(line.path("at").asText().endsWith("Z"), line::toString);
        List<String> frames = new ArrayList<>();
        line.path("stack").forEach(frame -> frames.add(frame.asText()));
        assertTrue(frames.size() <= 8, "slow.stack-depth=8: " + frames);
        assertTrue(frames.stream().anyMatch(f -> f.startsWith("sample.jdbc.SlowQueryApp.slowQuery(SlowQueryApp.java:")),
                "the application frame that ran it: " + frames);
        assertFalse(frames.stream().anyMatch(f -> f.startsWith("io.perfagent.")), "no agent frames: " + frames);
        assertFalse(run.reports().all().toString().contains(SlowQueryApp.SECRET), "the raw SQL never appears");
        assertEquals(0, run.reports().summary().path("agent").path("slow_suppressed").asLong());
    }
}
