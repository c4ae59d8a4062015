package io.perfagent.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileDiscoveryTest {

    @TempDir
    Path dir;

    @Test
    void agentArgumentThenSystemPropertyThenEnvironmentThenWorkingDirectory() {
        LoadFixture f = new LoadFixture(dir)
                .file("a.properties", "keys.max=1\n").args("config=a.properties")
                .file("b.properties", "keys.max=2\n").property("perfagent.config", "b.properties")
                .file("c.properties", "keys.max=3\n").env("PERFAGENT_CONFIG", "c.properties")
                .file("agent.properties", "keys.max=4\n");
        assertFileUsed(f.load(), 1, "a.properties", Source.AGENT_ARGUMENT);
        f.args(null);
        assertFileUsed(f.load(), 2, "b.properties", Source.SYSTEM_PROPERTY);
        f.properties.clear();
        assertFileUsed(f.load(), 3, "c.properties", Source.ENVIRONMENT);
        f.env.clear();
        assertFileUsed(f.load(), 4, dir.resolve("agent.properties").toString(), Source.DEFAULT);
    }

    @Test
    void noFileAnywhereIsFine() {
        LoadedConfig loaded = new LoadFixture(dir).load();
        assertEquals(List.of(), loaded.warnings());
        assertEquals("", loaded.config().string("config"));
        assertEquals(Source.DEFAULT, loaded.config().sourceOf("config"));
        assertEquals(2000, loaded.config().integer("keys.max"));
    }

    @Test
    void aNamedFileThatCannotBeReadGivesOneWarningAndTheOtherLayersStillApply() {
        LoadedConfig loaded = new LoadFixture(dir).file("agent.properties", "keys.max=4\n")
                .args("config=missing.properties,app.name=shop").load();
        assertEquals(List.of("perfagent: config=\"missing.properties\" cannot be read (no such file); using defaults"),
                loaded.warnings());
        assertEquals(2000, loaded.config().integer("keys.max"), "a named file replaces discovery, even when missing");
        assertEquals("shop", loaded.config().string("app.name"));
    }

    @Test
    void aDirectoryIsNotAFile() throws IOException {
        Files.createDirectory(dir.resolve("conf"));
        List<String> warnings = new LoadFixture(dir).property("perfagent.config", "conf").load().warnings();
        assertEquals(List.of("perfagent: config=\"conf\" cannot be read (it is a directory); using defaults"), warnings);
    }

    @Test
    void absolutePathsAndContinuationLinesWork() {
        new LoadFixture(dir)
                .file("x.properties", "methods.include = com.a.*, \\\n    com.b.Svc#find(java.lang.String, int)\n");
        LoadedConfig loaded = new LoadFixture(dir.resolve("elsewhere"))
                .args("config=" + dir.resolve("x.properties")).load();
        assertEquals(List.of(), loaded.warnings());
        assertEquals(List.of("com.a.*", "com.b.Svc#find(java.lang.String, int)"),
                loaded.config().list("methods.include"));
    }

    @Test
    void aFileThatIsNotUtf8IsReadAsLatin1() throws IOException {
        Files.write(dir.resolve("agent.properties"), "app.name=caf\u00e9\n".getBytes("ISO-8859-1"));
        assertEquals("caf\u00e9", new LoadFixture(dir).load().config().string("app.name"));
    }

    @Test
    void aMalformedEscapeIsOneWarning() {
        List<String> warnings = new LoadFixture(dir).file("agent.properties", "app.name=\\uZZZZ\n").load().warnings();
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).contains("cannot be read (malformed \\u escape)"), warnings.get(0));
    }

    @Test
    void theFileCannotNameAnotherFile() {
        List<String> warnings = new LoadFixture(dir).file("agent.properties", "config=other.properties\n")
                .load().warnings();
        assertEquals(List.of("perfagent: config=... in agent.properties is ignored"
                + " (a properties file cannot name another file)"), warnings);
    }

    private static void assertFileUsed(LoadedConfig loaded, int keysMax, String named, Source source) {
        assertEquals(List.of(), loaded.warnings());
        assertEquals(keysMax, loaded.config().integer("keys.max"));
        assertEquals(named, loaded.config().string("config"));
        assertEquals(source, loaded.config().sourceOf("config"));
    }
}
