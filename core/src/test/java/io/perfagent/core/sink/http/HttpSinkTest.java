package io.perfagent.core.sink.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.perfagent.core.log.AgentLog;
import io.perfagent.core.sink.Lines;
import java.io.IOException;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpSinkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "Bearer s3cret-token";

    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureStderr() {
        originalErr = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        AgentLog.clear(HttpSender.TOPIC); // throttling is per JVM; each test starts fresh
    }

    @AfterEach
    void secretsNeverReachStderr() {
        System.setErr(originalErr);
        String said = stderr.toString(StandardCharsets.UTF_8);
        assertFalse(said.contains("s3cret"), said);
    }

    static HttpSinkSettings settings(URI url, boolean gzip, int queue, int retries, Path store, String password) {
        return new HttpSinkSettings(url, gzip, Map.of("Authorization", SECRET), queue, Duration.ofSeconds(2), retries,
                Duration.ofSeconds(2), store, password);
    }

    static HttpSink sink(HttpSinkSettings s, SSLContext tls) {
        return new HttpSink(s, new HttpPoster(s, tls), new Backoff(Duration.ofMillis(1), Duration.ofMillis(5),
                () -> 0.5));
    }

    private static void sendOneInterval(HttpSink sink) {
        sink.onReport(Lines.interval("2026-01-01T00:00:00Z", "2026-01-01T00:00:10Z",
                List.of(Lines.ramp("svc.A#run", 1000, 10))));
    }

    @Test
    void postsIntervalsSummaryAlertAndSlowLinesAsGzippedJsonWithTheConfiguredHeaders() throws Exception {
        try (Collector collector = new Collector(n -> 200)) {
            HttpSink sink = sink(settings(collector.url(), true, 64, 2, null, ""), null);
            sendOneInterval(sink);
            sink.onEvent(Map.of("type", "alert", "rule", "p99", "state", "firing"));
            sink.onEvent(Map.of("type", "slow", "key", "svc.A#run"));
            sink.onEvent(Map.of("type", "config", "changed", "x"));
            sink.onReport(Lines.summary(List.of()));
            sink.close();
            List<String> types = new ArrayList<>();
            for (Collector.Request r : collector.requests) {
                assertEquals("application/json", r.header("Content-type"));
                assertEquals("gzip", r.header("Content-encoding"));
                assertEquals(SECRET, r.header("Authorization"));
                types.add(JSON.readTree(r.body()).path("type").asText());
            }
            assertEquals(List.of("interval", "alert", "slow", "summary"), types);
            assertEquals(4, sink.sent());
            assertEquals(0, sink.failed() + sink.dropped());
        }
    }

    @Test
    void aClientErrorIsNotRetried() throws Exception {
        try (Collector collector = new Collector(n -> 400)) {
            HttpSink sink = sink(settings(collector.url(), false, 64, 3, null, ""), null);
            sendOneInterval(sink);
            sink.close();
            assertEquals(1, collector.requests.size());
            assertEquals(1, sink.failed());
            assertEquals(0, sink.sent());
        }
    }

    @Test
    void serverErrorsAreRetriedUpToMaxRetriesThenCountedAsFailed() throws Exception {
        try (Collector collector = new Collector(n -> 503)) {
            HttpSink sink = sink(settings(collector.url(), false, 64, 3, null, ""), null);
            sendOneInterval(sink);
            sink.close();
            assertEquals(4, collector.requests.size(), "first try and three retries");
            assertEquals(1, sink.failed());
            assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("answered 503"));
        }
    }

    @Test
    void tooManyRequestsIsRetriedUntilAccepted() throws Exception {
        try (Collector collector = new Collector(n -> n < 2 ? 429 : 204)) {
            HttpSink sink = sink(settings(collector.url(), false, 64, 5, null, ""), null);
            sendOneInterval(sink);
            sink.close();
            assertEquals(3, collector.requests.size());
            assertEquals(1, sink.sent());
            assertEquals(0, sink.failed());
        }
    }

    @Test
    void aServerThatIsDownCostsRetriesNotExceptions() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        HttpSink sink = sink(settings(URI.create("http://127.0.0.1:" + port + "/x"), false, 64, 2, null, ""), null);
        sendOneInterval(sink);
        sink.close();
        assertEquals(1, sink.failed());
        assertEquals(0, sink.sent());
    }

    @Test
    void aHungServerFillsTheBoundedQueueDropsTheOldestAndCloseStillReturns() throws Exception {
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket hung = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(hung.accept()); // and never answer
                    }
                } catch (IOException closed) {
                    // test over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            URI url = URI.create("http://127.0.0.1:" + hung.getLocalPort() + "/x");
            HttpSinkSettings s = new HttpSinkSettings(url, false, Map.of(), 3, Duration.ofSeconds(30), 5,
                    Duration.ofMillis(300), null, "");
            HttpSink sink = sink(s, null);
            for (int i = 0; i < 10; i++) {
                sendOneInterval(sink);
            }
            assertTrue(sink.queued() <= 3, "queued " + sink.queued());
            assertTrue(sink.dropped() >= 6, "dropped " + sink.dropped());
            sink.close();
            assertEquals(0, sink.sent());
            assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("gave up at exit"));
        } finally {
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    /** The exit is held by this sink for the timeout counted from the stop's start; the final write is part of it. */
    @Test
    void theDeliveryAtCloseEndsTheShutdownTimeoutAfterTheStopBegan() {
        long timeout = Duration.ofSeconds(3).toNanos();
        assertEquals(5_000L, HttpSink.closeDeadline(true, 5_000L, 9_000L, timeout), "counted from stopBegins");
        assertEquals(9_000L + timeout, HttpSink.closeDeadline(false, 0L, 9_000L, timeout),
                "a sink closed without a stop (replaced by a reload) gets the whole timeout from now");
    }
}
