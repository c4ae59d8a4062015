package io.perfagent.core.report;

import io.perfagent.core.log.AgentLog;

import java.util.List;
import java.util.Map;

/**
 * Fans each line out to several sinks. One sink that throws (a defect) is isolated: the others still get the line.
 * Same threading contract as {@link ReportSink}.
 */
public final class CompositeSink implements ReportSink {

    private final List<ReportSink> sinks;

    public CompositeSink(List<ReportSink> sinks) {
        this.sinks = List.copyOf(sinks);
    }

    @Override
    public void onReport(ReportLine line) {
        for (ReportSink sink : sinks) {
            guard(() -> sink.onReport(line));
        }
    }

    @Override
    public void onEvent(Map<String, Object> event) {
        for (ReportSink sink : sinks) {
            guard(() -> sink.onEvent(event));
        }
    }

    @Override
    public void stopBegins() {
        for (ReportSink sink : sinks) {
            guard(sink::stopBegins);
        }
    }

    @Override
    public void close() {
        for (ReportSink sink : sinks) {
            guard(sink::close);
        }
    }

    private static void guard(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException | LinkageError e) {
            AgentLog.warnOnce("sink-" + e.getClass().getName(), "a report output failed (" + e + "); the others continue");
        }
    }
}
