package io.perfagent.agent.attach;

import io.perfagent.bootstrap.AgentState;
import io.perfagent.bootstrap.JdbcTimings;
import io.perfagent.bootstrap.Recorders;
import io.perfagent.bootstrap.SlowCalls;
import io.perfagent.core.config.ConfigChange;
import io.perfagent.core.config.ConfigLoader;
import io.perfagent.core.config.ConfigWatcher;
import io.perfagent.core.config.LoadedConfig;
import io.perfagent.core.log.AgentLog;
import io.perfagent.core.runtime.AgentRuntime;

import java.nio.file.Path;
import java.time.Instant;

/**
 * The running agent as a whole: its runtime, its woven probes and its config watcher. Applies configuration reloads
 * and detaches (removes every probe, final flush, stops its threads, frees the JVM for a later attach). Start,
 * reload and detach are serialised on this object; they run on the starting thread, {@code perfagent-config} and
 * the attach listener thread respectively.
 */
public final class LiveAgent {

    private final AgentRuntime runtime;
    private final Weaving weaving;
    private final boolean attached;
    private final Instant since = Instant.now();
    private ConfigWatcher watcher;
    private boolean detached;

    private LiveAgent(AgentRuntime runtime, Weaving weaving, boolean attached) {
        this.runtime = runtime;
        this.weaving = weaving;
        this.attached = attached;
    }

    /** Weaves the probes (retransforming loaded classes when asked), starts watching the file, shows itself. */
    public static LiveAgent start(String agentArgs, LoadedConfig loaded, AgentRuntime runtime, Weaving weaving,
                                  boolean attached, boolean retransformLoaded) {
        LiveAgent agent = new LiveAgent(runtime, weaving, attached);
        synchronized (agent) {
            try {
                weaving.install(loaded.config(), retransformLoaded);
                if (loaded.config().bool("config.reload")) {
                    agent.watch(agentArgs, loaded);
                }
                AgentState.onDetach(agent::detach);
                StatusProperties.publish(runtime, attached, agent.since);
            } catch (RuntimeException | Error e) {
                agent.detach();
                throw e;
            }
        }
        return agent;
    }

    private void watch(String agentArgs, LoadedConfig loaded) {
        Path workingDir = Path.of("").toAbsolutePath();
        ConfigWatcher.watchedFile(loaded.config(), workingDir).ifPresent(file -> {
            watcher = new ConfigWatcher(file, loaded, () -> ConfigLoader.fromSystem(agentArgs), weaving::problems,
                    (change, next) -> apply(change));
            watcher.start();
        });
    }

    /** A valid reload: probes first (only affected classes), then outputs and thresholds, then the config line. */
    private synchronized void apply(ConfigChange change) {
        if (detached) {
            return;
        }
        if (!change.after().bool("enabled")) {
            AgentLog.warn("enabled=false in the reloaded configuration: detaching");
            detach();
            return;
        }
        weaving.reload(change);
        runtime.reconfigure(change);
        runtime.flushLoop().writeEvent(change.event(Instant.now()));
        StatusProperties.publish(runtime, attached, since);
    }

    /** Removes every probe, writes the final interval and summary, stops the agent's threads. Idempotent. */
    public synchronized void detach() {
        if (detached) {
            return;
        }
        detached = true;
        if (watcher != null) {
            watcher.stop();
        }
        try {
            weaving.removeAll();
        } finally {
            runtime.stopAndForget();
            SlowCalls.configure(null, Long.MAX_VALUE);
            JdbcTimings.install(null);
            Recorders.setDrainer(null);
            StatusProperties.clear();
            AgentState.release();
        }
    }
}
