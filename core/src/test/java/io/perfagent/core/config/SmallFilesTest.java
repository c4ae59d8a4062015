package io.perfagent.core.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** java.io reads and writes with java.nio.file's errors. */
class SmallFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsAndWritesWholeFiles() throws IOException {
        Path file = dir.resolve("a.properties");
        SmallFiles.write(file, "enabled=true\nlonger line\n".getBytes(StandardCharsets.UTF_8));
        SmallFiles.write(file, "x=1\n".getBytes(StandardCharsets.UTF_8)); // truncates
        assertEquals("x=1\n", Files.readString(file));
        assertArrayEquals("x=1\n".getBytes(StandardCharsets.UTF_8), SmallFiles.readAllBytes(file));
    }

    @Test
    void failuresNameTheirCauseAsJavaNioFileDoes() {
        assertThrows(NoSuchFileException.class, () -> SmallFiles.readAllBytes(dir.resolve("missing")));
        assertThrows(NoSuchFileException.class, () -> SmallFiles.write(dir.resolve("no/such/dir/f"), new byte[1]));
        IOException directory = assertThrows(IOException.class, () -> SmallFiles.readAllBytes(dir));
        assertEquals(IOException.class, directory.getClass(), "a directory: " + directory);
    }
}
