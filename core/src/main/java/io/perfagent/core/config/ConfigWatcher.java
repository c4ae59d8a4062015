package io.perfagent.core.config;

import io.perfagent.core.log.AgentLog;
import io.perfagent.core.runtime.AgentThreads;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Watches the properties file ({@code config.reload=true}) from the daemon thread {@code perfagent-config}: every
 * {@code config.reload-interval} it reads the file, and only when its bytes changed loads the configuration again
 * and lets {@link ReloadDecision} judge it. A valid change goes to the {@link Listener}; an invalid one is rejected
 * with one line, once per edit. Comparing bytes (not the modification time) catches edits within the same second
 * and ignores a {@code touch}.
 *
 * <p>{@link #checkNow} runs on the watcher thread (or a test's thread); {@link #start}/{@link #stop} from any thread.
 */
public final class ConfigWatcher {

    /** Applies a valid change; runs on the watcher thread. */
    public interface Listener {
        void apply(ConfigChange change, LoadedConfig loaded);
    }

    private final Path file;
    private final Supplier<LoadedConfig> loader;
    private final Function<Config, List<String>> checks;
    private final Listener listener;
    private volatile LoadedConfig current;
    private List<String> currentProblems;
    private byte[] lastSeen;
    private volatile boolean stopping;
    private Thread thread;

    /**
     * @param current the configuration in force, as loaded at start
     * @param loader  loads the configuration again from all its sources
     * @param checks  problems a configuration has beyond the loader's warnings (e.g. malformed method patterns)
     */
    public ConfigWatcher(Path file, LoadedConfig current, Supplier<LoadedConfig> loader,
                         Function<Config, List<String>> checks, Listener listener) {
        this.file = file;
        this.current = current;
        this.loader = loader;
        this.checks = checks;
        this.listener = listener;
        this.currentProblems = checks.apply(current.config());
        this.lastSeen = read(file);
    }

    /** The properties file {@code config} names, resolved against {@code workingDir}; empty when none is used. */
    public static Optional<Path> watchedFile(Config config, Path workingDir) {
        String named = config.string(ConfigNames.CONFIG_KEY);
        if (named.isBlank()) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(named);
            return Optional.of(path.isAbsolute() ? path : workingDir.resolve(path));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    public Path file() {
        return file;
    }

    public synchronized void start() {
        if (thread == null) {
            thread = AgentThreads.newThread("config", this::run);
            thread.start();
        }
    }

    /** Stops watching; waits briefly for the thread unless called from it (e.g. a reload that detaches). */
    public void stop() {
        stopping = true;
        Thread watcher;
        synchronized (this) {
            watcher = thread;
        }
        if (watcher != null && watcher != Thread.currentThread()) {
            LockSupport.unpark(watcher);
            try {
                watcher.join(Duration.ofSeconds(2).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        while (!stopping) {
            LockSupport.parkNanos(current.config().duration("config.reload-interval").toNanos());
            if (stopping) {
                return;
            }
            try {
                checkNow();
            } catch (Throwable t) {
                AgentLog.warnThrottled("config-watch", "config reload failed (" + t + "); will check again");
            }
            if (!current.config().bool("config.reload")) {
                AgentLog.warn("config.reload=false: no longer watching " + file);
                return;
            }
        }
    }

    /** Reads the file once and, when it changed, judges and applies it. */
    public ReloadDecision.Outcome checkNow() {
        byte[] seen = read(file);
        if (Arrays.equals(seen, lastSeen)) {
            return ReloadDecision.Outcome.UNCHANGED;
        }
        lastSeen = seen;
        if (seen == null) {
            // the loader would take a missing ./agent.properties for "no file" and fall back to the defaults
            AgentLog.warn("config reload rejected: cannot read " + file + " (deleted or unreadable); keeping the "
                    + "previous configuration");
            return ReloadDecision.Outcome.REJECT;
        }
        LoadedConfig next = loader.get();
        List<String> nextProblems = checks.apply(next.config());
        ReloadDecision decision = ReloadDecision.decide(current, currentProblems, next, nextProblems);
        switch (decision.outcome()) {
            case REJECT -> AgentLog.warn(decision.message());
            case APPLY -> {
                current = next;
                currentProblems = nextProblems;
                listener.apply(decision.change(), next);
            }
            default -> {
                // same effective values: nothing to do
            }
        }
        return decision.outcome();
    }

    /** The file's bytes, or {@code null} when it cannot be read (a deleted file is a change too). */
    private static byte[] read(Path file) {
        try {
            return SmallFiles.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
