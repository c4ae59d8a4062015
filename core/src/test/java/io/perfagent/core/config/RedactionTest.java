package io.perfagent.core.config;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RedactionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sink.http.url     | https://user:pw@collector:8080/ingest?token=abc | https://***@collector:8080/ingest?***",
            "sink.http.url     | http://127.0.0.1:9000/metrics                   | http://127.0.0.1:9000/metrics",
            "sink.http.headers | Authorization=Bearer abc                        | ***",
            "report.dir        | ./perfagent-reports                             | ./perfagent-reports",
    })
    void secretsNeverShow(String key, String value, String shown) {
        assertEquals(shown, Redaction.show(key, value));
    }
}
