package io.perfagent.core.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The watcher's polling decisions, driven by {@link ConfigWatcher#checkNow} (no thread, no timing). */
class ConfigWatcherTest {

    @TempDir
    Path dir;

    private final List<ConfigChange> applied = new ArrayList<>();

    @Test
    void appliesAnEditOnceAndKeepsThePreviousConfigurationOnABrokenOne() throws IOException {
        ConfigWatcher watcher = watcher("flush.interval=1s\n");
        assertEquals(ReloadDecision.Outcome.UNCHANGED, watcher.checkNow(), "untouched file");

        write("flush.interval=2s\n");
        assertEquals(ReloadDecision.Outcome.APPLY, watcher.checkNow());
        assertEquals(ReloadDecision.Outcome.UNCHANGED, watcher.checkNow(), "the same edit is applied once");

        write("flush.interval=never\n");
        assertEquals(ReloadDecision.Outcome.REJECT, watcher.checkNow());
        assertEquals(ReloadDecision.Outcome.UNCHANGED, watcher.checkNow(), "a rejected edit is judged once");

        write("flush.interval=3s\n");
        assertEquals(ReloadDecision.Outcome.APPLY, watcher.checkNow());
        assertEquals(2, applied.size());
        assertEquals("2s", applied.get(0).after().redacted().get("flush.interval"));
        assertEquals("2s", applied.get(1).before().redacted().get("flush.interval"), "compared with what is in force");
    }

    @Test
    void aDeletedFileIsRejectedAndItsReturnIsCompared() throws IOException {
        ConfigWatcher watcher = watcher("flush.interval=1s\n");
        Files.delete(dir.resolve("agent.properties"));
        assertEquals(ReloadDecision.Outcome.REJECT, watcher.checkNow());
        write("flush.interval=1s\n");
        assertEquals(ReloadDecision.Outcome.UNCHANGED, watcher.checkNow(), "back as it was: nothing to apply");
        assertTrue(applied.isEmpty());
    }

    /** Found in the working directory, not named: a missing file is no error to the loader, but is one here. */
    @Test
    void aDeletedImplicitAgentPropertiesIsRejectedNotTakenForDefaults() throws IOException {
        write("flush.interval=1s\n");
        LoadedConfig start = ConfigLoader.load("", Map.of(), null, dir);
        assertEquals("1s", start.config().redacted().get("flush.interval"), "the file was found");
        ConfigWatcher watcher = new ConfigWatcher(dir.resolve("agent.properties"), start,
                () -> ConfigLoader.load("", Map.of(), null, dir), c -> List.of(), (change, loaded) -> applied.add(change));
        Files.delete(dir.resolve("agent.properties"));
        assertEquals(ReloadDecision.Outcome.REJECT, watcher.checkNow());
        assertTrue(applied.isEmpty(), "the defaults were not applied: " + applied);
    }

    @Test
    void watchesTheNamedFileResolvedInTheWorkingDirectory() {
        Config config = ConfigLoader.load("config=sub/agent.properties", Map.of(), null, dir).config();
        assertEquals(dir.resolve("sub/agent.properties"), ConfigWatcher.watchedFile(config, dir).orElseThrow());
        assertTrue(ConfigWatcher.watchedFile(Config.defaults(), dir).isEmpty(), "no file, nothing to watch");
    }

    private ConfigWatcher watcher(String content) throws IOException {
        write(content);
        LoadedConfig start = load();
        return new ConfigWatcher(dir.resolve("agent.properties"), start, this::load, c -> List.of(),
                (change, loaded) -> applied.add(change));
    }

    private LoadedConfig load() {
        return ConfigLoader.load("config=agent.properties", Map.of(), null, dir);
    }

    private void write(String content) throws IOException {
        Files.writeString(dir.resolve("agent.properties"), content);
    }
}
