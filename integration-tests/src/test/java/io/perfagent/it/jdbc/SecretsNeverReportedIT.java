package io.perfagent.it.jdbc;

import io.perfagent.it.ForkedJvm;
import io.perfagent.it.Jdks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sample.jdbc.SecretsApp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end: rows holding planted secrets are stored every which way; no report file ever contains one. */
class SecretsNeverReportedIT {

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("io.perfagent.it.jdbc.StackCases#secretStacks")
    void plantedSecretsNeverReachAReportFile(Jdks.Jdk jdk, String stack) throws Exception {
        ForkedJvm.Result run = JdbcRun.run(jdk, stack, SecretsApp.class, "-Dperfagent.jdbc.slow-threshold=200ms");
        assertTrue(run.stdout().contains("secrets done"), run::toString);
        List<Path> files;
        try (Stream<Path> list = Files.walk(run.reportDir())) {
            files = list.filter(Files::isRegularFile).toList();
        }
        assertFalse(files.isEmpty(), "the run wrote reports");
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            for (String secret : SecretsApp.SECRETS) {
                assertFalse(text.contains(secret), secret + " leaked into " + file);
            }
        }
        for (String secret : SecretsApp.SECRETS) {
            assertFalse(run.stderr().contains(secret), secret + " leaked into stderr");
        }
        // The paths that carried the secrets were recorded, sanitized: otherwise this test would prove nothing.
        var reports = run.reports();
        assertEquals(1, reports.summaryMetric("INSERT INTO no_such_table VALUES (?)").path("errors").asLong());
        assertEquals(SecretsApp.SECRETS.size() + 1, reports.summaryCount("INSERT INTO users VALUES (?, ?)"),
                "the prepared inserts and bob's inline one share a key");
        assertEquals(1, reports.summaryCount("INSERT INTO users (name, secret) VALUES (?, ?)"));
        assertTrue(reports.ofType("slow").stream().anyMatch(l -> l.path("key").asText().equals(
                "SELECT sleep_ms(?), ? AS tag")), "the slow statement was logged");
    }
}
