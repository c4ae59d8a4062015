package io.perfagent.core.sink.http;

import io.perfagent.core.log.AgentLog;
import io.perfagent.core.report.JsonLines;
import io.perfagent.core.report.ReportLine;
import io.perfagent.core.report.ReportSink;
import io.perfagent.core.runtime.AgentThreads;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * POSTs every interval and summary line, and every alert and slow-call event, as JSON to {@code sink.http.url}. The
 * flush thread only serializes and enqueues (never waits on the network); the daemon thread {@code perfagent-http}
 * sends, retries and counts. At the agent's stop it delivers what is queued for at most
 * {@code sink.http.shutdown-timeout} counted from the moment the stop began (the final interval is written meanwhile),
 * then gives up: JVM exit is never held longer by this sink. Same threading contract as {@link ReportSink}; counters
 * are thread-safe.
 */
public final class HttpSink implements ReportSink {

    private static final Set<String> EVENT_TYPES = Set.of("alert", "slow");

    private final HttpSinkSettings settings;
    private final DropOldestQueue<byte[]> queue;
    private final HttpSender sender;
    private final Thread thread;
    private volatile boolean stopping;
    private volatile long stopDeadline;

    HttpSink(HttpSinkSettings settings, HttpPoster poster, Backoff backoff) {
        this.settings = settings;
        this.queue = new DropOldestQueue<>(settings.queueSize());
        this.sender = new HttpSender(settings, queue, poster, backoff);
        this.thread = AgentThreads.newThread("http", sender);
        thread.start();
    }

    /** Starts the sink and its sender thread; TLS problems with a custom trust store are reported here, once. */
    public static HttpSink start(HttpSinkSettings settings) {
        List<String> warnings = new ArrayList<>();
        var tls = TrustStores.load(settings.truststore(), settings.truststorePassword(), warnings).orElse(null);
        warnings.forEach(AgentLog::warn);
        return new HttpSink(settings, new HttpPoster(settings, tls), Backoff.standard());
    }

    @Override
    public void onReport(ReportLine line) {
        queue.offer(JsonLines.line(line));
    }

    @Override
    public void onEvent(Map<String, Object> event) {
        if (EVENT_TYPES.contains(String.valueOf(event.get("type")))) {
            queue.offer(JsonLines.line(event));
        }
    }

    @Override
    public void stopBegins() {
        if (!stopping) {
            stopDeadline = System.nanoTime() + settings.shutdownTimeout().toNanos();
            stopping = true;
        }
    }

    @Override
    public void close() {
        long deadline = closeDeadline(stopping, stopDeadline, System.nanoTime(), settings.shutdownTimeout().toNanos());
        sender.closeBy(deadline);
        try {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
            int left = queue.dropAll();
            AgentLog.warn("HTTP sink: gave up at exit after " + settings.shutdownTimeout().toMillis() + " ms; "
                    + left + " queued report(s) not delivered to " + settings.safeUrl());
        }
    }

    /**
     * When delivery at close must end: the shutdown timeout counted from the stop's beginning when there was one
     * ({@link #stopBegins}), else from now (a sink replaced by a reload).
     */
    static long closeDeadline(boolean stopping, long stopDeadline, long now, long budgetNanos) {
        return stopping ? stopDeadline : now + budgetNanos;
    }

    public long sent() {
        return sender.sent.get();
    }

    public long failed() {
        return sender.failed.get();
    }

    public long dropped() {
        return queue.dropped();
    }

    /** Payloads waiting right now; never more than {@code sink.http.queue-size}. */
    public int queued() {
        return queue.size();
    }
}
