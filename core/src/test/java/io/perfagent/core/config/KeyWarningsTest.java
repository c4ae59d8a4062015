package io.perfagent.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Every declared key, given a value its type cannot accept, yields exactly one warning and its default. */
class KeyWarningsTest {

    private static final Map<ConfigKey.Type, String> MALFORMED = Map.of(
            ConfigKey.Type.BOOLEAN, "maybe",
            ConfigKey.Type.INT, "many",
            ConfigKey.Type.DURATION, "ten",
            ConfigKey.Type.SIZE, "huge",
            ConfigKey.Type.STRING, "bad\u0001text",
            ConfigKey.Type.LIST, "com.x.Svc#find(int",
            ConfigKey.Type.PERCENT, "150%");

    private static final Map<String, BiFunction<LoadFixture, String[], LoadFixture>> SOURCES = Map.of(
            "system property", (f, kv) -> f.property(ConfigNames.systemProperty(kv[0]), kv[1]),
            "environment", (f, kv) -> f.env(ConfigNames.envVar(kv[0]), kv[1]),
            "agent argument", (f, kv) -> f.args(kv[0] + "=" + kv[1]));

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyKeyWarnsOnceAndUsesItsDefault() {
        return ConfigKeys.ALL.stream().flatMap(key -> SOURCES.entrySet().stream().map(source ->
                dynamicTest(key.name() + " from " + source.getKey(), () -> {
                    // upper case: an environment variable keeps the entry's suffix exactly as written
                    String name = key.isPrefix() ? key.prefix() + "X" : key.name();
                    String bad = MALFORMED.get(key.type());
                    List<String> warnings = source.getValue()
                            .apply(new LoadFixture(dir), new String[] {name, bad}).load().warnings();
                    assertEquals(1, warnings.size(), warnings::toString);
                    String expectedStart = "perfagent: " + name + "=" + Warnings.quote(bad) + " ";
                    String expectedEnd = key.isPrefix() ? "; ignored"
                            : "; using " + (key.defaultValue().isEmpty() ? "\"\"" : key.defaultValue());
                    assertTrue(warnings.get(0).startsWith(expectedStart), warnings.get(0));
                    assertTrue(warnings.get(0).endsWith(expectedEnd), warnings.get(0));
                    assertTrue(!warnings.get(0).contains("\n") && !warnings.get(0).contains("\u0001"), "one line");
                })));
    }

    @Test
    void everyMalformedSampleReallyIsMalformed() {
        MALFORMED.forEach((type, bad) -> assertTrue(!ValueParsers.parse(type, bad).isOk(), type + " " + bad));
        assertEquals(ConfigKey.Type.values().length, MALFORMED.size(), "a new type needs a malformed sample");
    }

    @Test
    void everyDefaultIsValidForItsKey() {
        for (ConfigKey key : ConfigKeys.ALL) {
            if (!key.isPrefix()) {
                assertEquals(Source.DEFAULT, ConfigResolver.defaultOf(key).source(), key.name());
            }
        }
        assertEquals(List.of(), new LoadFixture(dir).load().warnings());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvFileSource(resources = "/config/out-of-range.csv")
    void outOfRangeValuesAreReplacedByTheDefault(String key, String value, String reason) {
        LoadedConfig loaded = new LoadFixture(dir).property(ConfigNames.systemProperty(key), value).load();
        String def = ConfigKeys.ALL.stream().filter(k -> k.name().equals(key)).findFirst().orElseThrow()
                .defaultValue();
        assertEquals(List.of("perfagent: " + key + "=\"" + value + "\" is out of range (" + reason + "); using " + def),
                loaded.warnings());
        assertEquals(Source.DEFAULT, loaded.config().sourceOf(key));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvFileSource(resources = "/config/in-range.csv")
    void edgeValuesInsideTheRangeAreAccepted(String key, String value) {
        LoadedConfig loaded = new LoadFixture(dir).property(ConfigNames.systemProperty(key), value).load();
        assertEquals(List.of(), loaded.warnings());
        assertEquals(Source.SYSTEM_PROPERTY, loaded.config().sourceOf(key));
    }
}
