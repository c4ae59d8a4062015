package io.perfagent.core.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** Collects the five sources for one {@link ConfigLoader#load} call in a test. */
final class LoadFixture {

    final Path dir;
    String agentArgs;
    final Map<String, String> env = new HashMap<>();
    final Properties properties = new Properties();
    KeyCatalog catalog = KeyCatalog.standard();

    LoadFixture(Path dir) {
        this.dir = dir;
    }

    LoadFixture args(String text) {
        agentArgs = text;
        return this;
    }

    LoadFixture env(String name, String value) {
        env.put(name, value);
        return this;
    }

    LoadFixture property(String name, String value) {
        properties.setProperty(name, value);
        return this;
    }

    LoadFixture catalog(KeyCatalog newCatalog) {
        catalog = newCatalog;
        return this;
    }

    /** Writes {@code content} to {@code name} in the working directory. */
    LoadFixture file(String name, String content) {
        try {
            Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    LoadedConfig load() {
        return ConfigLoader.load(agentArgs, env, properties, dir, catalog);
    }
}
