package io.perfagent.it.safety;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A tiny tmpfs mounted on a test's report directory, so the test can make it read-only or full and then repair it
 * while an application runs. Needs root (the tests run as root here and in CI); where mounting is refused the test is
 * skipped, never passed.
 */
final class Tmpfs implements AutoCloseable {

    private final Path dir;
    private final Path filler;

    private Tmpfs(Path dir) {
        this.dir = dir;
        this.filler = dir.resolve("filler.bin");
    }

    static Tmpfs mount(Path dir, String size) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        String problem = run("mount", "-t", "tmpfs", "-o", "size=" + size, "perfagent-safety", dir.toString());
        Assumptions.assumeTrue(problem == null, () -> "cannot mount a tmpfs here: " + problem);
        return new Tmpfs(dir);
    }

    void readOnly() throws IOException, InterruptedException {
        check(run("mount", "-o", "remount,ro", dir.toString()));
    }

    void writable() throws IOException, InterruptedException {
        check(run("mount", "-o", "remount,rw", dir.toString()));
    }

    /** Takes every free byte, so the next write that needs a new page fails with "No space left on device". */
    void fill() throws IOException {
        byte[] chunk = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(chunk);
                out.flush();
            }
        } catch (IOException expected) {
            // the file system is full now
        }
    }

    void drain() throws IOException {
        Files.deleteIfExists(filler);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        check(run("umount", "-l", dir.toString()));
    }

    private static void check(String problem) {
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    /** Runs a command; null when it succeeded, else what it said. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        return process.waitFor() == 0 ? null : String.join(" ", command) + ": " + output.trim();
    }
}
