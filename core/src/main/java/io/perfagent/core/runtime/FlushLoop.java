package io.perfagent.core.runtime;

import io.perfagent.bootstrap.Recorders;
import io.perfagent.core.alert.IntervalAlerts;
import io.perfagent.core.log.AgentLog;
import io.perfagent.core.record.Aggregator;
import io.perfagent.core.report.JsonLines;
import io.perfagent.core.report.MetricSummary;
import io.perfagent.core.report.ReportLine;
import io.perfagent.core.report.ReportSink;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The {@code perfagent-flush} thread: drains the application threads' sample buffers every few milliseconds (or
 * sooner when a thread's buffers pile up), and at each interval end builds the interval line and hands it to the
 * sinks. At shutdown it writes the last partial interval and the summary line, so no recorded call is lost.
 *
 * <p>All work happens on the flush thread, or on the shutdown thread after the flush thread has stopped; the two never
 * run the drain at the same time (guarded by a lock no application thread ever takes).
 */
public final class FlushLoop {

    static final long DRAIN_PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    /**
     * How long after start the report writer is warmed up ({@link #warmUp}): a JVM's start-up is the busiest CPU time
     * of its life, and loading the writer's classes then would compete with the application's own start (two cores
     * here); a few seconds later it costs the application nothing.
     */
    static final long WARM_UP_DELAY_NANOS = TimeUnit.SECONDS.toNanos(3);

    private final Aggregator aggregator;
    /** Written under {@code lock}; volatile so that {@link #shutdown} can signal it without waiting for a write. */
    private volatile ReportSink sink;
    private final ProcessInfo process;
    private final AgentCounters counters;
    private final Supplier<Map<String, Object>> health;
    private final IntervalAlerts alerts;
    private final Object lock = new Object();
    private final List<Runnable> afterDrain = new CopyOnWriteArrayList<>();
    private final Instant startedAt = Instant.now();
    private volatile long intervalNanos;
    private volatile boolean stopping;
    private Instant intervalStart = startedAt;
    private long intervalsWritten;
    private long nextFlushNanos;
    private Thread thread;
    private boolean finished;

    public FlushLoop(Aggregator aggregator, ReportSink sink, ProcessInfo process, AgentCounters counters,
                     Supplier<Map<String, Object>> health, IntervalAlerts alerts, Duration interval) {
        this.aggregator = aggregator;
        this.sink = sink;
        this.process = process;
        this.counters = counters;
        this.health = health;
        this.alerts = alerts;
        this.intervalNanos = interval.toNanos();
    }

    public synchronized void start() {
        nextFlushNanos = System.nanoTime() + intervalNanos;
        thread = AgentThreads.newThread("flush", this::run);
        Recorders.setDrainer(thread);
        thread.start();
    }

    /** Work for the flush thread after every drain, e.g. writing queued slow-call lines; must not throw. */
    public void afterEachDrain(Runnable task) {
        afterDrain.add(task);
    }

    private void drain() {
        aggregator.drain();
        for (Runnable task : afterDrain) {
            task.run();
        }
    }

    /** Takes effect from the next interval (configuration reload). */
    public void setInterval(Duration interval) {
        intervalNanos = interval.toNanos();
    }

    /**
     * Swaps the outputs (configuration reload): lines from now on go to {@code next}; the previous outputs are closed.
     * Any thread; never runs while an interval is being written.
     */
    public void replaceSink(ReportSink next) {
        ReportSink previous;
        synchronized (lock) {
            previous = sink;
            sink = next;
        }
        previous.close();
    }

    private void run() {
        long warmUpAt = System.nanoTime() + WARM_UP_DELAY_NANOS;
        boolean warmedUp = false;
        while (!stopping) {
            LockSupport.parkNanos(DRAIN_PERIOD_NANOS);
            try {
                synchronized (lock) {
                    if (stopping) {
                        return;
                    }
                    drain();
                    if (!warmedUp && System.nanoTime() - warmUpAt >= 0) {
                        warmedUp = true;
                        warmUp();
                    }
                    if (System.nanoTime() - nextFlushNanos >= 0) {
                        nextFlushNanos += intervalNanos;
                        if (System.nanoTime() - nextFlushNanos >= 0) {
                            nextFlushNanos = System.nanoTime() + intervalNanos; // fell behind: do not burst
                        }
                        writeInterval(false);
                    }
                }
            } catch (Throwable t) {
                AgentLog.warnThrottled("flush-loop", "flush failed (" + t + "); will retry next interval");
            }
        }
    }

    /**
     * Writes one line nobody reads, so the classes that write report lines are loaded here, on the flush thread once
     * start-up has settled ({@link #WARM_UP_DELAY_NANOS}), and not on the JVM's exit path of an application that
     * runs for a few seconds or more.
     */
    private void warmUp() {
        try {
            JsonLines.line(line(ReportLine.INTERVAL, startedAt, startedAt, aggregator.totals(), false));
        } catch (RuntimeException e) {
            // only a warm-up: the real lines report their own problems
        }
    }

    /** A line that is not an interval (slow call, alert, config change); written on the flush or shutdown thread. */
    public void writeEvent(Map<String, Object> event) {
        synchronized (lock) {
            sink.onEvent(event);
        }
    }

    private void writeInterval(boolean atShutdown) {
        aggregator.drainAllCounts();
        List<MetricSummary> metrics = aggregator.endInterval();
        Instant end = Instant.now();
        // A run that ends before its first interval does not pay for starting the health sampler (OSHI takes about
        // a second to load) just to describe its last instant: its only interval line has no health block.
        boolean withHealth = !atShutdown || intervalsWritten > 0;
        ReportLine line = line(ReportLine.INTERVAL, intervalStart, end, metrics, withHealth);
        intervalsWritten++;
        sink.onReport(line);
        if (alerts != null) {
            try {
                for (Map<String, Object> alert : alerts.evaluate(end, Duration.between(intervalStart, end),
                        line.health(), metrics)) {
                    sink.onEvent(fromThisProcess(alert));
                }
            } catch (RuntimeException e) {
                AgentLog.warnOnce("alerts", "alert evaluation failed (" + e + "); intervals go on without alerts");
            }
        }
        intervalStart = end;
    }

    /**
     * An alert line names its process like interval lines do, so that a report knows which series it belongs to: one
     * still firing when its series ends (exit, detach) is no longer active there ({@code ActiveAlerts}).
     */
    private Map<String, Object> fromThisProcess(Map<String, Object> alert) {
        Map<String, Object> named = new LinkedHashMap<>(alert);
        named.put("app", process.app());
        named.put("pid", process.pid());
        return named;
    }

    private ReportLine line(String type, Instant start, Instant end, List<MetricSummary> metrics, boolean withHealth) {
        Map<String, Object> healthBlock = null;
        if (health != null && withHealth && !ReportLine.SUMMARY.equals(type)) {
            try {
                healthBlock = health.get();
            } catch (Throwable t) {
                AgentLog.warnOnce("health", "health sampling failed (" + t + "); intervals go on without it");
            }
        }
        return new ReportLine(type, ReportLine.FORMAT_VERSION, process.app(), process.pid(), process.host(),
                start.toString(), end.toString(), metrics, counters.snapshot(), healthBlock);
    }

    /**
     * Stops the loop and writes the final partial interval and the summary. Called once, from the shutdown hook (or
     * detach); waits at most {@code maxWait} for the flush thread to finish what it is doing.
     */
    public void shutdown(Duration maxWait) {
        sink.stopBegins(); // an output that bounds the exit (the HTTP sink) counts from here, not from its close
        stopping = true;
        Thread flushThread = thread;
        if (flushThread != null) {
            LockSupport.unpark(flushThread);
            try {
                flushThread.join(maxWait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (lock) {
            if (finished) {
                return;
            }
            finished = true;
            drain();
            writeInterval(true);
            sink.onReport(line(ReportLine.SUMMARY, startedAt, Instant.now(), aggregator.totals(), false));
            sink.close();
        }
    }

    public boolean isRunning() {
        Thread flushThread = thread;
        return flushThread != null && flushThread.isAlive();
    }
}
