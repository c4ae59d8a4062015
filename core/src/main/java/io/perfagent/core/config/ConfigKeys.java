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
            key("report.max-files", ConfigKey.Type.INT, "20", "Rolled report files kept per process.")
                    .withLimit(ValueLimit.atLeast(1)),
            key("app.name", ConfigKey.Type.STRING, "", "Name in reports and file names (default: main class or jar name)."),
            key("alloc.enabled", ConfigKey.Type.BOOLEAN, "true", "Also record the bytes each call allocates."),
            key("histogram.significant-digits", ConfigKey.Type.INT, "2", "HdrHistogram precision (1-5).")
                    .withLimit(ValueLimit.between(1, 5)),
            key("keys.max", ConfigKey.Type.INT, "2000", "Distinct keys tracked; further ones go to an overflow key.")
                    .withLimit(ValueLimit.atLeast(1))
    );

    static ConfigKey key(String name, ConfigKey.Type type, String defaultValue, String doc) {
        return new ConfigKey(name, type, defaultValue, doc);
    }
}
