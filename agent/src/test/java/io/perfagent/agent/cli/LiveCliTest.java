package io.perfagent.agent.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** attach/detach/list command lines that fail before any JVM is contacted (src/test/resources/live-cli-cases.csv). */
class LiveCliTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvFileSource(resources = "/live-cli-cases.csv", delimiter = '|', quoteCharacter = '"', encoding = "UTF-8")
    void table(String args, int exit, String outContains, String errContains) {
        String self = Long.toString(ProcessHandle.current().pid());
        CliTest.Result r = CliTest.run(args.replace("{self}", self).trim().split("\\s+"));
        assertEquals(exit, r.exit(), () -> "stdout:\n" + r.out() + "\nstderr:\n" + r.err());
        if (outContains != null) {
            assertTrue(r.out().contains(outContains), r.out());
        }
        if (errContains != null) {
            assertTrue(r.err().contains(errContains), r.err());
            assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        }
    }

    @Test
    void settingsBecomeOneAgentArgumentWithTheConfigFileMadeAbsolute() throws IOException {
        Path file = Files.writeString(dir.resolve("agent.properties"), "flush.interval=1s\n");
        AttachCommand.AttachRequest request = AttachCommand.AttachRequest.parse(
                List.of("1", "methods.include=com.a.*,com.b.*", "--config", file.toString(), "flush.interval=2s"));
        assertNull(request.problem());
        assertEquals("1", request.pid());
        assertEquals("config=" + file.toAbsolutePath() + ",methods.include=com.a.*,com.b.*,flush.interval=2s",
                request.agentArgs());
    }
}
