package io.perfagent.core.sink;

import io.perfagent.core.config.Config;
import io.perfagent.core.log.AgentLog;
import io.perfagent.core.report.JsonLinesSink;
import io.perfagent.core.report.ReportSink;
import io.perfagent.core.report.RollingFile;
import io.perfagent.core.runtime.AgentCounters;
import io.perfagent.core.runtime.ProcessInfo;
import io.perfagent.core.sink.hlog.HlogSink;
import io.perfagent.core.sink.http.HttpSink;
import io.perfagent.core.sink.http.HttpSinkSettings;
import io.perfagent.core.sink.prometheus.PrometheusSink;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Builds the configured outputs, in the order they are fed and closed: the JSON report, the latest table, the
 * histogram log, Prometheus, and the HTTP sink last, because only its close may wait (up to its shutdown timeout).
 * Each output's own counters are registered in the report's {@code agent} block. Called once, on the thread that
 * starts the agent; the outputs it returns follow the {@link ReportSink} threading contract.
 */
public final class Outputs {

    private Outputs() {
    }

    public static List<ReportSink> create(Config config, ProcessInfo process, AgentCounters counters,
                                          Function<String, String> env) {
        Path dir = Path.of(config.string("report.dir"));
        long maxBytes = config.size("report.max-file-size");
        int maxFiles = config.integer("report.max-files");
        String base = process.fileBaseName();
        List<ReportSink> sinks = new ArrayList<>();
        RollingFile json = new RollingFile(dir, base, "jsonl", maxBytes, maxFiles);
        counters.register("report_lines_dropped", json::linesDropped);
        sinks.add(new JsonLinesSink(json));
        sinks.add(new LatestTableSink(dir.resolve(base + "-latest.txt"), base + ".jsonl"));
        if (config.bool("report.hlog")) {
            sinks.add(HlogSink.create(dir, process, maxBytes, maxFiles));
        }
        int port = config.integer("prometheus.port");
        if (port > 0) {
            PrometheusSink.start(config.string("prometheus.host"), port, process.app()).ifPresent(sinks::add);
        }
        List<String> warnings = new ArrayList<>();
        HttpSinkSettings.from(config, env, warnings).ifPresent(settings -> {
            HttpSink http = HttpSink.start(settings);
            counters.register("http_sent", http::sent);
            counters.register("http_failed", http::failed);
            counters.register("http_dropped", http::dropped);
            sinks.add(http);
        });
        for (String warning : warnings) {
            AgentLog.warn(warning);
        }
        return sinks;
    }
}
