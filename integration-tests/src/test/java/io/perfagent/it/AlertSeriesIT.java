package io.perfagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import sample.app.SlowUntilExitApp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An alert still firing when its process exits: the alert lines name their process, so {@code perfagent report} no
 * longer shows it active once that process wrote its summary, and still does for a process that died without one.
 */
class AlertSeriesIT {

    @Test
    void anAlertFiringAtExitIsNotActiveOnceItsProcessWroteItsSummary() throws Exception {
        ForkedJvm.Result run = ForkedJvm.on(Jdks.current()).agent(null)
                .jvmArg("-Dperfagent.methods.include=sample.app.Work#sleep20")
                .jvmArg("-Dperfagent.flush.interval=200ms").jvmArg("-Dperfagent.alert.p99=5ms")
                .jvmArg("-Dperfagent.system.enabled=false") // no machine alert (cpu, memory) beside the p99 one
                .main(SlowUntilExitApp.class, "1500").run();
        assertEquals(0, run.exitCode(), run::toString);
        List<JsonNode> alerts = run.reports().ofType("alert").stream()
                .filter(a -> "p99".equals(a.path("rule").asText())).toList();
        assertFalse(alerts.isEmpty(), "no alert line: " + run.reports().all());
        JsonNode last = alerts.get(alerts.size() - 1);
        assertEquals("firing", last.path("state").asText(), alerts::toString);
        long pid = run.reports().summary().path("pid").asLong();
        for (JsonNode alert : alerts) {
            assertEquals(pid, alert.path("pid").asLong(), alert::toString);
            assertEquals(run.reports().summary().path("app").asText(), alert.path("app").asText(), alert::toString);
        }

        String ended = report(run.reportDir());
        assertFalse(ended.contains("ACTIVE ALERTS"), ended);

        Path died = Files.createDirectories(run.workDir().resolve("died"));
        for (Path file : Files.list(run.reportDir()).filter(f -> f.toString().endsWith(".jsonl")).toList()) {
            // the same file without its summary line: a process killed before it could write one
            List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.contains("\"type\":\"summary\""))
                    .toList();
            Files.write(died.resolve(file.getFileName()), lines);
        }
        String stillFiring = report(died);
        assertTrue(stillFiring.contains("ACTIVE ALERTS (1)"), stillFiring);
        assertTrue(stillFiring.contains("sample.app.Work#sleep20"), stillFiring);
    }

    private static String report(Path dir) throws Exception {
        ForkedJvm.Result report = ForkedJvm.on(Jdks.current()).jar(ForkedJvm.AGENT_JAR, "report", dir.toString()).run();
        assertEquals(0, report.exitCode(), report::toString);
        return report.stdout();
    }
}
