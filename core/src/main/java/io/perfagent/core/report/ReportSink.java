package io.perfagent.core.report;

import java.util.Map;

/**
 * An output of the report: the rolling JSON file, the latest-table file, the HTTP sink, Prometheus, histogram logs.
 * Called on the flush thread only (and at shutdown on the shutdown thread, never concurrently). An implementation must
 * not throw: a failing output reports its own problem once and keeps the others going.
 */
public interface ReportSink {

    /** An interval line, or the final summary line ({@link ReportLine#isSummary()}). */
    void onReport(ReportLine line);

    /** A one-off event line ({@code slow}, {@code alert}, {@code config}), already in its JSON shape. */
    default void onEvent(Map<String, Object> event) {
    }

    /**
     * The agent's stop has begun (JVM exit or detach): the last interval and the summary follow, then {@link #close}.
     * A sink that bounds how long it may hold the exit counts from here. Called on the stopping thread while the flush
     * thread may still be writing: must be thread-safe.
     */
    default void stopBegins() {
    }

    /** Flushes and releases resources at shutdown; called after the summary line. */
    default void close() {
    }
}
