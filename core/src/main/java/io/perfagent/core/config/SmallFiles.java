package io.perfagent.core.config;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes a small file (the configuration, the kernel's host name, the status file) in premain through
 * {@code java.io}. {@code Files.readAllBytes} and {@code Files.write} open a {@code FileChannel}, whose first use loads
 * ~25 JDK classes and two native libraries that many applications never touch. Read errors still come from
 * {@code java.nio.file}, which names them precisely ({@code NoSuchFileException}, {@code AccessDeniedException}).
 * Stateless.
 */
public final class SmallFiles {

    private SmallFiles() {
    }

    public static byte[] readAllBytes(Path path) throws IOException {
        try (InputStream in = new FileInputStream(path.toFile())) {
            return in.readAllBytes();
        } catch (FileNotFoundException | UnsupportedOperationException notPlain) {
            // fails again with the exception that says why, or reads a file of another file system
            return Files.readAllBytes(path);
        }
    }

    /** Creates or truncates {@code path} and writes {@code content}. */
    public static void write(Path path, byte[] content) throws IOException {
        OutputStream out;
        try {
            out = new FileOutputStream(path.toFile());
        } catch (FileNotFoundException | UnsupportedOperationException notPlain) {
            Files.write(path, content); // fails again, saying why, or writes to another file system
            return;
        }
        try (out) {
            out.write(content);
        }
    }
}
