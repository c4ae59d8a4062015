package io.perfagent.core.slow;

import io.perfagent.appsample.AppCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackCaptureTest {

    /** perfagent's own frames go; an application's frames stay, also one that lives under io.perfagent (the demo). */
    @Test
    void dropsTheAgentsFramesAndKeepsAnApplicationsUnderIoPerfagent() {
        List<String> frames = AppCode.call(() -> StackCapture.applicationFrames(64));

        assertTrue(frames.stream().anyMatch(f -> f.startsWith("io.perfagent.appsample.AppCode.call(AppCode.java:")),
                frames::toString);
        assertFalse(frames.stream().anyMatch(f -> f.startsWith("io.perfagent.core.")), frames::toString);
    }
}
