package io.perfagent.core.sink.http;

import io.perfagent.core.log.AgentLog;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The body of the {@code perfagent-http} thread: takes payloads from the queue oldest first and delivers each, with
 * retries, until the sink is closed. Once closing, every wait (request, backoff) is cut to the shutdown deadline.
 * Counters are read from the flush thread. Runs on the sender thread; the counters are thread-safe.
 */
final class HttpSender implements Runnable {

    static final String TOPIC = "http-sink";
    private static final long IDLE_POLL_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final HttpSinkSettings settings;
    private final DropOldestQueue<byte[]> queue;
    private final HttpPoster poster;
    private final Backoff backoff;
    final AtomicLong sent = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    private volatile long deadlineNanos;
    private volatile boolean closing;

    HttpSender(HttpSinkSettings settings, DropOldestQueue<byte[]> queue, HttpPoster poster, Backoff backoff) {
        this.settings = settings;
        this.queue = queue;
        this.poster = poster;
        this.backoff = backoff;
    }

    /** From now on, deliver what is queued until {@code deadlineNanos} ({@link System#nanoTime()}), then stop. */
    void closeBy(long deadline) {
        deadlineNanos = deadline;
        closing = true;
        queue.wakeUp();
    }

    @Override
    public void run() {
        try {
            while (true) {
                byte[] payload = queue.poll(closing ? 0 : IDLE_POLL_NANOS);
                if (payload == null) {
                    if (closing) {
                        return;
                    }
                    continue;
                }
                deliver(payload);
            }
        } catch (InterruptedException e) {
            // closed while waiting: the sink counts what was left behind
        } catch (RuntimeException | LinkageError e) {
            AgentLog.warnOnce("http-sink-broken", "HTTP sink stopped (" + e + "); the other outputs go on");
        }
    }

    private void deliver(byte[] payload) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            Duration wait = timeLeft(settings.timeout());
            if (wait.isZero()) {
                failed.incrementAndGet();
                return;
            }
            Outcome outcome;
            String problem;
            try {
                int status = poster.post(payload, wait);
                outcome = Outcome.ofStatus(status);
                problem = "answered " + status;
            } catch (IOException e) {
                outcome = Outcome.ofFailure(e);
                problem = "failed (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
                        + e.getMessage()) + ")";
            }
            if (outcome == Outcome.SENT) {
                sent.incrementAndGet();
                AgentLog.clear(TOPIC);
                return;
            }
            if (outcome == Outcome.REJECTED || attempt >= settings.maxRetries()) {
                failed.incrementAndGet();
                AgentLog.warnThrottled(TOPIC, "HTTP sink: POST to " + settings.safeUrl() + " " + problem
                        + (outcome == Outcome.REJECTED ? "; not retried" : " after " + attempt + " retries")
                        + ", that report is lost; further failures are reported once a minute");
                return;
            }
            Duration pause = timeLeft(backoff.delay(attempt));
            if (pause.isZero()) {
                failed.incrementAndGet();
                return;
            }
            Thread.sleep(pause.toMillis());
        }
    }

    /** {@code wanted}, or less when closing and the shutdown deadline is nearer; zero when it has passed. */
    private Duration timeLeft(Duration wanted) {
        if (!closing) {
            return wanted;
        }
        long left = deadlineNanos - System.nanoTime();
        if (left <= TimeUnit.MILLISECONDS.toNanos(1)) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(Math.min(left, wanted.toNanos()));
    }
}
