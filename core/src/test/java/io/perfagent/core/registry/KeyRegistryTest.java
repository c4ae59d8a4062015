package io.perfagent.core.registry;

import io.perfagent.core.report.StderrCapture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class KeyRegistryTest {

    @Test
    void keysBeyondTheLimitShareTheirKindsOverflowKeyAndTheFirstOfEachKindIsSaid() {
        KeyRegistry registry = new KeyRegistry(2);
        List<String> said;
        int a;
        int overflowMethod;
        int overflowSql;
        try (StderrCapture stderr = new StderrCapture()) {
            a = registry.register("method", "a.B#one");
            registry.register("method", "a.B#two");
            overflowMethod = registry.register("method", "a.B#three");
            assertEquals(overflowMethod, registry.register("method", "a.B#four"), "one overflow key per kind");
            overflowSql = registry.register("sql", "SELECT 1");
            said = stderr.lines();
        }
        assertEquals(a, registry.register("method", "a.B#one"), "a known key keeps its id");
        assertEquals("<other method>", registry.info(overflowMethod).key());
        assertEquals("<other sql>", registry.info(overflowSql).key());
        assertNotEquals(overflowMethod, overflowSql);
        assertEquals(3, registry.keysDropped());
        assertEquals(List.of(
                "perfagent: keys.max (2) reached: further method keys are counted together under \"<other method>\""
                        + " (keys_dropped in the report counts them); raise keys.max to see them",
                "perfagent: keys.max (2) reached: further sql keys are counted together under \"<other sql>\""
                        + " (keys_dropped in the report counts them); raise keys.max to see them"), said);
    }
}
