package io.perfagent.core.sink.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The HTTP sink's rules, from the tables under src/test/resources/sink. */
class HttpRulesTest {

    @ParameterizedTest
    @CsvFileSource(resources = "/sink/http-outcomes.csv")
    void statusCodesDecideWhetherToRetry(int status, Outcome expected) {
        assertEquals(expected, Outcome.ofStatus(status));
    }

    @Test
    void connectionProblemsAreRetriedButTlsFailuresAreNot() {
        assertEquals(Outcome.RETRY, Outcome.ofFailure(new ConnectException("refused")));
        assertEquals(Outcome.RETRY, Outcome.ofFailure(new HttpTimeoutException("slow")));
        assertEquals(Outcome.REJECTED, Outcome.ofFailure(new SSLHandshakeException("untrusted")));
        assertEquals(Outcome.REJECTED, Outcome.ofFailure(new IOException(new SSLHandshakeException("wrapped"))));
    }

    @ParameterizedTest
    @CsvFileSource(resources = "/sink/backoff.csv")
    void backoffGrowsExponentiallyWithJitterAndACap(int attempt, double random, long expectedMillis) {
        Backoff backoff = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(8), () -> random);
        assertEquals(expectedMillis, backoff.delay(attempt).toMillis());
    }

    @ParameterizedTest
    @CsvFileSource(resources = "/sink/urls.csv")
    void onlyHttpAndHttpsUrlsWithAHostAreUsed(String url, boolean accepted) {
        List<String> warnings = new ArrayList<>();
        assertEquals(accepted, HttpSinkSettings.parseUrl(url, warnings).isPresent());
        assertEquals(accepted ? 0 : 1, warnings.size());
        warnings.forEach(w -> assertFalse(w.contains(url), "the URL may hold a token: " + w));
    }

    @Test
    void messagesShowTheUrlWithoutUserInfoOrQuery() {
        assertEquals("https://collector.example.com:8443/x",
                SafeUrl.of(URI.create("https://user:pw@collector.example.com:8443/x?token=abc#f")));
    }

    static Stream<Arguments> headerCases() throws IOException {
        try (InputStream in = HttpRulesTest.class.getResourceAsStream("/sink/headers.json")) {
            List<Arguments> cases = new ArrayList<>();
            new ObjectMapper().readTree(in).forEach(c -> cases.add(Arguments.of(c)));
            return cases.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("headerCases")
    void headersAreParsedExpandedAndNeverEchoed(JsonNode c) {
        List<String> entries = new ArrayList<>();
        c.path("entries").forEach(e -> entries.add(e.asText()));
        Map<String, String> env = new HashMap<>();
        c.path("env").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        Map<String, String> expected = new HashMap<>();
        c.path("headers").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asText()));
        List<String> warnings = new ArrayList<>();
        assertEquals(expected, HeaderParser.parse(entries, env::get, warnings), c.toString());
        assertEquals(c.path("warnings").asInt(), warnings.size(), warnings.toString());
        for (String w : warnings) {
            env.values().forEach(v -> assertFalse(w.contains(v), "a value leaked: " + w));
            assertTrue(w.startsWith("sink.http.headers") || w.startsWith("environment variable"), w);
        }
    }
}
