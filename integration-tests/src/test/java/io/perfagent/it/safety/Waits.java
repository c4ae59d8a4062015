package io.perfagent.it.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polling waits for the steps of a scenario that a running forked JVM drives (its output, its report files). */
final class Waits {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private Waits() {
    }

    static void until(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up after " + LIMIT + " waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    static void forText(Path file, String text) throws InterruptedException {
        until("\"" + text + "\" in " + file, () -> read(file).contains(text));
    }

    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void touch(Path file) throws IOException {
        Files.writeString(file, "go");
    }
}
