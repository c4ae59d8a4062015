package io.perfagent.core.runtime;

import io.perfagent.core.config.Config;
import io.perfagent.core.record.Aggregator;
import io.perfagent.core.registry.KeyRegistry;
import io.perfagent.core.report.CompositeSink;
import io.perfagent.core.report.JsonLinesSink;
import io.perfagent.core.report.ReportSink;
import io.perfagent.core.report.RollingFile;
import io.perfagent.core.slow.SlowLogInstaller;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The running agent's core: key registry, aggregation, outputs and the flush thread, built from the configuration and
 * stopped once by the shutdown hook (or a detach). Nothing here knows about bytecode. Thread-safe.
 */
public final class AgentRuntime {

    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(2);

    private final Config config;
    private final KeyRegistry registry;
    private final ProcessInfo process;
    private final AgentCounters counters;
    private final FlushLoop flushLoop;
    private final List<Runnable> beforeFinalFlush = new ArrayList<>();
    private Thread shutdownHook;
    private boolean stopped;

    private AgentRuntime(Config config, Supplier<Map<String, Object>> health) {
        this.config = config;
        this.registry = new KeyRegistry(config.integer("keys.max"));
        this.process = ProcessInfo.current(config.string("app.name"));
        this.counters = new AgentCounters(registry);
        Aggregator aggregator = new Aggregator(registry, config.integer("histogram.significant-digits"));
        this.flushLoop = new FlushLoop(aggregator, new CompositeSink(sinks()), process, counters, health,
                config.duration("flush.interval"));
    }

    /** Builds the runtime, starts the flush thread and registers the shutdown hook. */
    public static AgentRuntime start(Config config, Supplier<Map<String, Object>> health) {
        AgentRuntime runtime = new AgentRuntime(config, health);
        SlowLogInstaller.install(config, runtime.registry, runtime.flushLoop, runtime.counters);
        runtime.flushLoop.start();
        runtime.shutdownHook = AgentThreads.newThread("shutdown", runtime::stop);
        Runtime.getRuntime().addShutdownHook(runtime.shutdownHook);
        return runtime;
    }

    private List<ReportSink> sinks() {
        Path dir = Path.of(config.string("report.dir"));
        List<ReportSink> sinks = new ArrayList<>();
        sinks.add(new JsonLinesSink(new RollingFile(dir, process.fileBaseName(), "jsonl",
                config.size("report.max-file-size"), config.integer("report.max-files"))));
        return sinks;
    }

    public KeyRegistry registry() {
        return registry;
    }

    public Config config() {
        return config;
    }

    public ProcessInfo process() {
        return process;
    }

    public AgentCounters counters() {
        return counters;
    }

    public FlushLoop flushLoop() {
        return flushLoop;
    }

    /** Work to do once at stop, before the last interval is written (e.g. report patterns that matched nothing). */
    public synchronized void beforeFinalFlush(Runnable action) {
        beforeFinalFlush.add(action);
    }

    /** Final drain, last interval and summary; idempotent. Called by the shutdown hook or a detach. */
    public void stop() {
        List<Runnable> actions;
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
            actions = List.copyOf(beforeFinalFlush);
        }
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                // a report of our own must never stop the final flush
            }
        }
        flushLoop.shutdown(SHUTDOWN_WAIT);
    }
}
