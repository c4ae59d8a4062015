package io.perfagent.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigPrecedenceTest {

    @TempDir
    Path dir;

    /** flush.interval is set in every layer; peeling them off from the top shows each layer beats the next. */
    @Test
    void eachLayerBeatsTheOnesBelowIt() {
        LoadFixture all = allFiveLayers();
        assertWinner(all.load(), Duration.ofSeconds(1), Source.SYSTEM_PROPERTY);

        all.properties.clear();
        assertWinner(all.load(), Duration.ofSeconds(2), Source.ENVIRONMENT);

        all.env.clear();
        assertWinner(all.load(), Duration.ofSeconds(3), Source.AGENT_ARGUMENT);

        all.args("");
        assertWinner(all.load(), Duration.ofSeconds(4), Source.PROPERTIES_FILE);

        all.file("agent.properties", "# nothing set\n");
        assertWinner(all.load(), Duration.ofSeconds(10), Source.DEFAULT);
    }

    @Test
    void layersMixPerKey() {
        LoadedConfig loaded = new LoadFixture(dir)
                .file("agent.properties", "keys.max=7\napp.name=from-file\n")
                .args("app.name=from-args")
                .env("PERFAGENT_ENABLED", "off")
                .load();
        assertEquals(List.of(), loaded.warnings());
        Config config = loaded.config();
        assertEquals(7, config.integer("keys.max"));
        assertEquals(Source.PROPERTIES_FILE, config.sourceOf("keys.max"));
        assertEquals("from-args", config.string("app.name"));
        assertEquals(false, config.bool("enabled"));
        assertEquals(Source.ENVIRONMENT, config.sourceOf("enabled"));
        assertEquals(Source.DEFAULT, config.sourceOf("report.dir"));
    }

    @Test
    void aBadValueFallsBackToTheDefaultNotToALowerLayer() {
        LoadedConfig loaded = allFiveLayers().property("perfagent.flush.interval", "soon").load();
        assertWinner(loaded, Duration.ofSeconds(10), Source.DEFAULT);
        assertEquals(List.of("perfagent: flush.interval=\"soon\" is not a duration (e.g. 10s); using 10s"),
                loaded.warnings());
    }

    @Test
    void fromSystemReadsThisJvm() {
        Assumptions.assumeTrue(System.getProperty("perfagent.app.name") == null
                && System.getenv("PERFAGENT_APP_NAME") == null, "app.name is set outside the test");
        LoadedConfig loaded = ConfigLoader.fromSystem("app.name=from-system-test");
        assertEquals("from-system-test", loaded.config().string("app.name"));
        assertEquals(Source.AGENT_ARGUMENT, loaded.config().sourceOf("app.name"));
    }

    private LoadFixture allFiveLayers() {
        return new LoadFixture(dir)
                .property("perfagent.flush.interval", "1s")
                .env("PERFAGENT_FLUSH_INTERVAL", "2s")
                .args("flush.interval=3s")
                .file("agent.properties", "flush.interval=4s\n");
    }

    private static void assertWinner(LoadedConfig loaded, Duration expected, Source source) {
        assertEquals(expected, loaded.config().duration("flush.interval"));
        assertEquals(source, loaded.config().sourceOf("flush.interval"));
    }
}
