package io.perfagent.it.sinks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfagent.it.ForkedJvm;
import io.perfagent.it.Jdks;
import io.perfagent.it.TestPaths;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sample.sinks.GatedApp;

/**
 * Scrapes a running application's /metrics. Every line must be a HELP, TYPE or sample line of the text format (the
 * full strict parser runs in core's PrometheusSinkTest); the endpoint's threads must not keep the JVM alive.
 */
class PrometheusIT {

    private static final Pattern LINE = Pattern.compile(
            "# (HELP|TYPE) perfagent_[a-z_]+ .+|perfagent_[a-z_]+\\{kind=\"[a-z]+\",key=\"([^\"\\\\\\n]|\\\\[\\\\\"n])*\""
                    + ",app=\"[^\"]*\"(,quantile=\"0\\.\\d+\")?} (NaN|[0-9.eE+-]+)");

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void aRunningApplicationCanBeScraped(Jdks.Jdk jdk) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Path work = Files.createTempDirectory(TestPaths.workRoot(), "prom");
        Path gate = work.resolve("gate");
        ForkedJvm jvm = ForkedJvm.on(jdk).agent(null).jvmArg(Runs.WORK).jvmArg("-Dperfagent.flush.interval=200ms")
                .jvmArg("-Dperfagent.prometheus.port=" + port).workDir(work).main(GatedApp.class, gate.toString());
        Process process = jvm.start();
        String body = scrapeUntil(port, "perfagent_latency_seconds_count{kind=\"method\",key=\"sample.sinks.SinkWork#unit\"",
                process);
        Files.writeString(gate, "done");
        ForkedJvm.Result run = jvm.waitFor(process);
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.stderr(), "a healthy run with the endpoint says nothing");
        body.lines().forEach(l -> assertTrue(LINE.matcher(l).matches(), "not exposition format: " + l));
        assertTrue(body.contains("# TYPE perfagent_latency_seconds summary"), body);
        assertTrue(body.contains("quantile=\"0.99\""), body);
    }

    private static String scrapeUntil(int port, String wanted, Process process) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String last = "";
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<String> r = client.send(get, HttpResponse.BodyHandlers.ofString());
                assertEquals("text/plain; version=0.0.4; charset=utf-8", r.headers().firstValue("Content-Type")
                        .orElse(""));
                last = r.body();
                if (r.statusCode() == 200 && last.contains(wanted)) {
                    return last;
                }
            } catch (java.io.IOException notYetListening) {
                // the agent is still starting
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new AssertionError("never scraped " + wanted + "; last page:\n" + last);
    }
}
