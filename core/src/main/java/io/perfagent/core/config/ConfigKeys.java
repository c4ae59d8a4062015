package io.perfagent.core.config;

import java.time.Duration;
import java.util.List;

/**
 * Every key perfagent understands, with its default and documentation. The README's key table is this list.
 * Each area keeps its keys together; add a key here and nowhere else. A key with a valid range states it with
 * {@code .withLimit(...)}; a value outside it is warned about and replaced by the default.
 */
public final class ConfigKeys {

    private ConfigKeys() {
    }

    public static final List<ConfigKey> ALL = List.of(
            // --- foundation
            key("enabled", ConfigKey.Type.BOOLEAN, "true", "Master switch; false installs nothing and costs nothing."),
            key("config", ConfigKey.Type.STRING, "", "Path of the properties file (default ./agent.properties when present)."),
            key("methods.include", ConfigKey.Type.LIST, "", "Method patterns to time (see the grammar in the README)."),
            key("methods.exclude", ConfigKey.Type.LIST, "", "Method patterns never to time; excludes win over includes."),
            key("flush.interval", ConfigKey.Type.DURATION, "10s", "How often an interval line is written.")
                    .withLimit(ValueLimit.atLeast(Duration.ofMillis(100))),
            key("report.dir", ConfigKey.Type.STRING, "./perfagent-reports", "Directory of the rolling reports."),
            key("report.max-file-size", ConfigKey.Type.SIZE, "16MB", "A report file rolls over past this size.")
                    .withLimit(ValueLimit.atLeastBytes(1024)),
            key("report.max-files", ConfigKey.Type.INT, "20",
                    "Report files kept per process, the live one included; the oldest rolled part goes first.")
                    .withLimit(ValueLimit.atLeast(2)),
            key("app.name", ConfigKey.Type.STRING, "",
                    "Name in reports and file names (default: main class or jar name); characters other than ASCII "
                            + "letters, digits, `.`, `_` and `-` become `_`."),
            key("alloc.enabled", ConfigKey.Type.BOOLEAN, "true", "Also record the bytes each call allocates."),
            key("histogram.significant-digits", ConfigKey.Type.INT, "2", "HdrHistogram precision (1-5).")
                    .withLimit(ValueLimit.between(1, 5)),
            key("keys.max", ConfigKey.Type.INT, "2000",
                    "Distinct keys tracked; further ones share their kind's overflow key (`<other method>`, ...), "
                            + "said once on stderr.")
                    .withLimit(ValueLimit.atLeast(1)),
            key("clock.tsc", ConfigKey.Type.BOOLEAN, "true",
                    "Time calls with the JVM's tick counter (the CPU's time-stamp counter, as JFR does) when HotSpot "
                            + "trusts it and it agrees with System.nanoTime at start; false: System.nanoTime always."),
            key("startup.background", ConfigKey.Type.BOOLEAN, "false",
                    "Build the probes on a background thread once the application's start-up has settled (its "
                            + "class loading has quietened, at most 10 s), so premain returns at once and the start-up "
                            + "is not slowed; calls made before the probes are ready are not measured."),
            // --- health and alerts
            key("system.enabled", ConfigKey.Type.BOOLEAN, "true",
                    "Add the host and process figures (CPU, memory, disk, network) to each interval's health block."),
            key("alert.enabled", ConfigKey.Type.BOOLEAN, "true", "Write alert lines when a rule starts or stops holding."),
            key("alert.cpu-percent", ConfigKey.Type.PERCENT, "80", "Alert `cpu` when system CPU use is above this."),
            key("alert.memory-percent", ConfigKey.Type.PERCENT, "85", "Alert `memory` when system memory use is above this."),
            key("alert.gc-time-percent", ConfigKey.Type.PERCENT, "10",
                    "Alert `gc-time` when GC took more than this share of the interval."),
            key("alert.p99", ConfigKey.Type.DURATION, "1000ms", "Alert `p99` when a key's p99 latency is above this."),
            key("alert.p99.*", ConfigKey.Type.DURATION, "",
                    "Per-key p99 threshold: alert.p99.<method pattern or SQL prefix>=250ms; the longest match wins.")
                    .withLimit(ValueLimit.atLeast(Duration.ofMillis(1))),
            key("alert.for-intervals", ConfigKey.Type.INT, "1",
                    "Consecutive intervals a condition must hold before its alert fires.")
                    .withLimit(ValueLimit.atLeast(1)),
            key("alert.heap-growth-intervals", ConfigKey.Type.INT, "6",
                    "Consecutive interval samples of old-gen-after-GC that must not fall for `heap-growth`.")
                    .withLimit(ValueLimit.atLeast(2)),
            key("alert.heap-growth-percent", ConfigKey.Type.PERCENT, "5",
                    "Alert `heap-growth` when old-gen-after-GC rose by more than this % of max heap over that window."),
            // --- live
            key("config.reload", ConfigKey.Type.BOOLEAN, "true",
                    "Watch the properties file and apply changes while the application runs."),
            key("config.reload-interval", ConfigKey.Type.DURATION, "5s", "How often the properties file is checked.")
                    .withLimit(ValueLimit.atLeast(Duration.ofMillis(100))),
            // --- sinks
            key("sink.http.url", ConfigKey.Type.STRING, "",
                    "POST each interval (and alert/slow lines) as JSON to this URL; off when empty."),
            key("sink.http.gzip", ConfigKey.Type.BOOLEAN, "false", "Gzip the HTTP sink's request bodies."),
            key("sink.http.headers", ConfigKey.Type.LIST, "",
                    "Extra request headers Name=value; ${VAR} expands from the environment. Never printed."),
            key("sink.http.queue-size", ConfigKey.Type.INT, "64",
                    "Payloads waiting for the HTTP sink; when full the oldest is dropped and counted.")
                    .withLimit(ValueLimit.atLeast(1)),
            key("sink.http.timeout", ConfigKey.Type.DURATION, "5s", "Connect and response timeout of one HTTP request.")
                    .withLimit(ValueLimit.atLeast(Duration.ofMillis(10))),
            key("sink.http.max-retries", ConfigKey.Type.INT, "5",
                    "Retries after a connection error, 429 or 5xx (exponential backoff with jitter).")
                    .withLimit(ValueLimit.between(0, 20)),
            key("sink.http.shutdown-timeout", ConfigKey.Type.DURATION, "3s",
                    "At JVM exit, the most time spent delivering what is still queued.")
                    .withLimit(ValueLimit.atLeast(Duration.ZERO)),
            key("sink.http.truststore", ConfigKey.Type.STRING, "",
                    "Trust store (PKCS12 or JKS) for the HTTP sink's TLS; default: the JDK's trusted CAs."),
            key("sink.http.truststore-password", ConfigKey.Type.STRING, "", "Password of sink.http.truststore."),
            key("report.hlog", ConfigKey.Type.BOOLEAN, "true",
                    "Also write each interval's histograms to perfagent-<app>-<pid>.hlog (HdrHistogram log format)."),
            key("prometheus.port", ConfigKey.Type.INT, "0",
                    "Serve GET /metrics in the Prometheus text format on this port; 0 = off.")
                    .withLimit(ValueLimit.between(0, 65535)),
            key("prometheus.host", ConfigKey.Type.STRING, "127.0.0.1", "Address the Prometheus endpoint listens on."),
            // --- jdbc and slow log
            key("jdbc.enabled", ConfigKey.Type.BOOLEAN, "true",
                    "Time every JDBC statement execution (kind sql) and DataSource.getConnection (kind pool)."),
            key("jdbc.sanitize", ConfigKey.Type.BOOLEAN, "true",
                    "Key SQL by its sanitized text (literals replaced by ?); false keys by the raw text, secrets included."),
            key("jdbc.max-sql-length", ConfigKey.Type.INT, "2048", "Longest SQL key; longer ones are cut with an ellipsis.")
                    .withLimit(ValueLimit.between(16, 65536)),
            key("slow.threshold", ConfigKey.Type.DURATION, "1000ms",
                    "A call at least this long writes a `slow` line with its stack (every kind without its own threshold)."),
            key("jdbc.slow-threshold", ConfigKey.Type.DURATION, "1000ms",
                    "Slow threshold of SQL statements and pool waits; when not set, slow.threshold."),
            key("methods.slow-threshold", ConfigKey.Type.DURATION, "1000ms",
                    "Slow threshold of timed methods; when not set, slow.threshold."),
            key("slow.stack-depth", ConfigKey.Type.INT, "8", "Application frames shown in a `slow` line (agent frames removed).")
                    .withLimit(ValueLimit.between(0, 256)),
            key("slow.max-per-interval", ConfigKey.Type.INT, "100",
                    "At most this many `slow` lines per interval; the rest are counted in agent.slow_suppressed.")
                    .withLimit(ValueLimit.atLeast(0))
    );

    static ConfigKey key(String name, ConfigKey.Type type, String defaultValue, String doc) {
        return new ConfigKey(name, type, defaultValue, doc);
    }
}
