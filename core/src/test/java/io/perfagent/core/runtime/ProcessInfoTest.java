package io.perfagent.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessInfoTest {

    @TempDir
    Path dir;

    @Test
    void hostNameComesFromTheEnvironmentFirst() throws IOException {
        Path kernel = Files.writeString(dir.resolve("hostname"), "kernel-name\n");

        assertEquals("web-1", ProcessInfo.hostName(Map.of("HOSTNAME", " web-1 "), kernel));
        assertEquals("WIN-BOX", ProcessInfo.hostName(Map.of("HOSTNAME", " ", "COMPUTERNAME", "WIN-BOX"), kernel));
    }

    @Test
    void withoutTheEnvironmentTheKernelsNameIsReadWithoutAskingDns() throws IOException {
        Path kernel = Files.writeString(dir.resolve("hostname"), "kernel-name\n");

        assertEquals("kernel-name", ProcessInfo.hostName(Map.of(), kernel));
    }

    @Test
    void withNeitherTheResolverAnswers() {
        String name = ProcessInfo.hostName(Map.of(), dir.resolve("absent"));

        assertFalse(name.isBlank());
    }

    @Test
    void pidIsThisProcesssAsProcessHandleTellsIt() {
        assertEquals(ProcessHandle.current().pid(), ProcessInfo.currentPid());
    }

    @Test
    void defaultAppNameIsTheMainClassOrTheJar() {
        assertEquals("OrderService", ProcessInfo.defaultAppName("com.example.OrderService --port 8080"));
        assertEquals("demo-app", ProcessInfo.defaultAppName("target/demo-app.jar --requests 5"));
        assertEquals("app", ProcessInfo.defaultAppName(""));
        assertEquals("Main", ProcessInfo.defaultAppName("  a.Main\t--flag"), "any white space ends the main class");
    }

    @Test
    void appNamesKeepOnlyFileNameSafeCharacters() {
        assertEquals("order-service_v2.1", ProcessInfo.sanitizeForFileName("order-service v2.1"));
        assertEquals("a_b_c", ProcessInfo.sanitizeForFileName("a/b\\c"));
        assertEquals("caf__x", ProcessInfo.sanitizeForFileName("caf\u00e9\ud83d\ude00x"), "one '_' per character");
        assertEquals("app", ProcessInfo.sanitizeForFileName(""));
    }
}
