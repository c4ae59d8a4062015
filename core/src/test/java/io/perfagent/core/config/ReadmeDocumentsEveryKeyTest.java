package io.perfagent.core.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The README's key table must name every key the agent accepts, with its default. */
class ReadmeDocumentsEveryKeyTest {

    @Test
    void everyKeyAndDefaultIsInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        List<String> missing = ConfigKeys.ALL.stream()
                .filter(key -> !readme.contains("| `" + key.name() + "` |")
                        || (!key.defaultValue().isEmpty() && !readme.contains("`" + key.defaultValue() + "`")))
                .map(key -> "| `" + key.name() + "` | " + key.type().name().toLowerCase() + " | "
                        + (key.defaultValue().isEmpty() ? "—" : "`" + key.defaultValue() + "`") + " | " + key.doc() + " |")
                .toList();
        assertEquals(List.of(), missing, "rows missing from the README's key table: " + String.join("\n", missing));
    }
}
