package io.perfagent.core.runtime;

import io.perfagent.bootstrap.BridgeClasses;
import io.perfagent.core.alert.IntervalAlerts;
import io.perfagent.core.config.Config;
import io.perfagent.core.config.ConfigChange;
import io.perfagent.core.health.HealthSampler;
import io.perfagent.core.record.Aggregator;
import io.perfagent.core.registry.KeyRegistry;
import io.perfagent.core.report.CompositeSink;
import io.perfagent.core.report.ReportSink;
import io.perfagent.core.sink.Outputs;
import io.perfagent.core.slow.SlowLogInstaller;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The running agent's core: key registry, aggregation, outputs and the flush thread, built from the configuration and
 * stopped once at exit ({@link ExitHook}) or by a detach. Nothing here knows about bytecode. Thread-safe.
 */
public final class AgentRuntime {

    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(2);

    private volatile Config config;
    private final KeyRegistry registry;
    private final ProcessInfo process;
    private final AgentCounters counters;
    private final FlushLoop flushLoop;
    private final List<Runnable> beforeFinalFlush = new ArrayList<>();
    private final List<Consumer<ConfigChange>> reloadListeners = new CopyOnWriteArrayList<>();
    private ExitHook exitHook;
    private boolean stopped;

    private AgentRuntime(Config config, Supplier<Map<String, Object>> health) {
        this.config = config;
        this.registry = new KeyRegistry(config.integer("keys.max"));
        this.process = ProcessInfo.current(config.string("app.name"));
        this.counters = new AgentCounters(registry);
        Aggregator aggregator = new Aggregator(registry, config.integer("histogram.significant-digits"));
        this.flushLoop = new FlushLoop(aggregator, new CompositeSink(sinks()), process, counters,
                health != null ? health : new HealthSampler(config.bool("system.enabled"))::sample,
                IntervalAlerts.from(config), config.duration("flush.interval"));
    }

    public static AgentRuntime start(Config config) {
        return start(config, null);
    }

    /**
     * Builds the runtime, starts the flush thread and registers an ordinary shutdown hook. {@code health} supplies each
     * interval's health block; null means the standard one (JVM figures, and OSHI system figures when
     * {@code system.enabled}), which loads OSHI lazily on the flush thread.
     */
    public static AgentRuntime start(Config config, Supplier<Map<String, Object>> health) {
        return start(config, health, ExitHook.shutdownHook());
    }

    /** As {@link #start(Config, Supplier)}, with the final flush run at exit by {@code exitHook}. */
    public static AgentRuntime start(Config config, Supplier<Map<String, Object>> health, ExitHook exitHook) {
        BridgeClasses.initialize(); // before any woven code runs: see BridgeClasses
        AgentRuntime runtime = new AgentRuntime(config, health);
        SlowLogInstaller.install(config, runtime.registry, runtime.flushLoop, runtime.counters);
        runtime.flushLoop.start();
        runtime.exitHook = exitHook;
        exitHook.install(runtime::stop);
        return runtime;
    }

    /** Keys that never reach an output: a reload that changes only these keeps the outputs as they are. */
    private static final Set<String> NOT_OUTPUT_KEYS = Set.of("methods.include", "methods.exclude", "jdbc.enabled",
            "alloc.enabled", "flush.interval", "config.reload", "config.reload-interval", "enabled", "clock.tsc");

    /**
     * Applies a reloaded configuration from the next interval on: the flush interval, the outputs (rebuilt when a
     * key they may read changed) and whatever components subscribed with {@link #onReload}. Keys fixed at start
     * (keys.max, histogram precision, app name) keep their start-up values. Called on the config watcher thread.
     */
    public void reconfigure(ConfigChange change) {
        this.config = change.after();
        flushLoop.setInterval(change.after().duration("flush.interval"));
        if (change.changedKeys().stream().anyMatch(k -> !NOT_OUTPUT_KEYS.contains(k) && !k.startsWith("alert."))) {
            flushLoop.replaceSink(new CompositeSink(sinks()));
        }
        for (Consumer<ConfigChange> listener : reloadListeners) {
            listener.accept(change);
        }
    }

    /** Components whose settings may change while running (thresholds, alert rules) subscribe here. */
    public void onReload(Consumer<ConfigChange> listener) {
        reloadListeners.add(listener);
    }

    private List<ReportSink> sinks() {
        return Outputs.create(config, process, counters, System::getenv);
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

    /**
     * Detach: the final flush as at shutdown, then the exit hook is withdrawn so this runtime (and the class loader
     * behind it) can be collected, and a later attach starts afresh.
     */
    public void stopAndForget() {
        stop();
        ExitHook hook = exitHook;
        if (hook != null) {
            hook.remove();
        }
    }

    /** Final drain, last interval and summary; idempotent. Called by the exit hook or a detach. */
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
