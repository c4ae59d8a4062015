package io.perfagent.core.sink.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfagent.core.report.MetricSummary;
import io.perfagent.core.sink.Lines;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrometheusSinkTest {

    private static final String NASTY = "SELECT \"x\" FROM t WHERE a = 'C:\\dir'\nAND b = ?";
    private final HttpClient client = HttpClient.newHttpClient();
    private PrometheusSink sink;

    @BeforeEach
    void start() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        sink = PrometheusSink.start("127.0.0.1", port, "shop \"blue\"").orElseThrow();
    }

    @AfterEach
    void stop() {
        sink.close();
    }

    private HttpResponse<String> get(String path, String method) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sink.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static MetricSummary sql() {
        return Lines.metric("method", NASTY, Lines.histogram(1_000_000, 2_000_000, 3_000_000, 4_000_000),
                Lines.histogram(512, 1024));
    }

    @Test
    void everyLineOfTheScrapeIsValidExpositionFormat() throws Exception {
        HttpResponse<String> empty = get("/metrics", "GET");
        assertEquals(200, empty.statusCode());
        assertEquals("text/plain; version=0.0.4; charset=utf-8", empty.headers().firstValue("Content-Type").get());
        assertEquals(List.of(), StrictExpositionParser.parse(empty.body()), "families declared, no samples yet");

        sink.onReport(Lines.interval("2026-01-01T00:00:00Z", "2026-01-01T00:00:10Z",
                List.of(sql(), Lines.ramp("svc.A#run", 1000, 100))));
        sink.onReport(Lines.interval("2026-01-01T00:00:10Z", "2026-01-01T00:00:20Z", List.of(sql())));
        sink.onReport(Lines.summary(List.of(sql()))); // adds nothing: the intervals already did
        String body = get("/metrics", "GET").body();
        List<StrictExpositionParser.Sample> samples = StrictExpositionParser.parse(body);
        assertEquals(2 * 5 + 2 * 5, samples.size(), body);

        Map<String, String> sqlLabels = Map.of("kind", "method", "key", NASTY, "app", "shop \"blue\"");
        assertEquals(8, value(samples, "perfagent_latency_seconds_count", sqlLabels), "cumulative over intervals");
        assertEquals(0.0040, value(samples, "perfagent_latency_seconds",
                with(sqlLabels, "quantile", "0.99")), 0.0001);
        assertEquals(0.020, value(samples, "perfagent_latency_seconds_sum", sqlLabels), 0.0005);
        assertEquals(4, value(samples, "perfagent_alloc_bytes_count", sqlLabels));

        Map<String, String> idle = Map.of("kind", "method", "key", "svc.A#run", "app", "shop \"blue\"");
        assertTrue(Double.isNaN(value(samples, "perfagent_latency_seconds", with(idle, "quantile", "0.5"))),
                "no calls in the last interval: NaN quantiles");
        assertEquals(100, value(samples, "perfagent_latency_seconds_count", idle), "but the count stays");
    }

    @Test
    void onlyGetAndHeadOnMetricsAreServed() throws Exception {
        assertEquals(404, get("/other", "GET").statusCode());
        assertEquals(405, get("/metrics", "POST").statusCode());
        HttpResponse<String> head = get("/metrics", "HEAD");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }

    @Test
    void aPortInUseLeavesTheEndpointOffWithoutThrowing() {
        assertTrue(PrometheusSink.start("127.0.0.1", sink.port(), "x").isEmpty());
        assertTrue(PrometheusSink.start("no such host name.invalid", 9, "x").isEmpty());
    }

    @Test
    void theStrictParserRejectsWhatPrometheusWouldReject() {
        for (String bad : List.of("m{a=\"x\"} 1", "m{a=\"x\\t\"} 1\n", "m{a=x} 1\n", "m 1\n\nn 2\n", "1m 1\n",
                "m  1\n", "m one\n", "# TYPE m summary\nm 1\n", "m 1\nn 1\nm 2\n", "m 1\nm 2\n",
                "# TYPE m summary\nm_count 1.5\n")) {
            assertThrows(IllegalArgumentException.class, () -> StrictExpositionParser.parse(bad), bad);
        }
        assertFalse(StrictExpositionParser.parse("# HELP m a \\\\ b\n# TYPE m gauge\nm{a=\"\\\"\\n\\\\\"} -Inf\n")
                .isEmpty());
    }

    private static Map<String, String> with(Map<String, String> labels, String name, String value) {
        Map<String, String> out = new java.util.HashMap<>(labels);
        out.put(name, value);
        return out;
    }

    private static double value(List<StrictExpositionParser.Sample> samples, String name, Map<String, String> labels) {
        return samples.stream().filter(s -> s.name().equals(name) && s.labels().equals(labels)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + labels)).value();
    }
}
