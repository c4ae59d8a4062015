package io.perfagent.core.report;

import java.util.Map;

/**
 * The embedded default output: every report line and event as one JSON object per line in
 * {@code <report.dir>/perfagent-<app>-<pid>.jsonl}, rolled by size. Same threading contract as {@link ReportSink}.
 */
public final class JsonLinesSink implements ReportSink {

    private final RollingFile file;

    public JsonLinesSink(RollingFile file) {
        this.file = file;
    }

    @Override
    public void onReport(ReportLine line) {
        file.append(JsonLines.line(line));
    }

    @Override
    public void onEvent(Map<String, Object> event) {
        file.append(JsonLines.line(event));
    }

    @Override
    public void close() {
        file.retry();
    }
}
