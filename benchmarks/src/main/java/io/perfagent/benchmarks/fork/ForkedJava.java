package io.perfagent.benchmarks.fork;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one {@code java} command in a fresh JVM, from the repository root, with stdout and stderr captured to files
 * (no pipe can fill up and stall the child), and a hard time limit. Used by every forked-JVM benchmark.
 */
public final class ForkedJava {

    private ForkedJava() {
    }

    /** What the child did. {@code exitCode} is -1 when it was killed for running past its limit. */
    public record Outcome(int exitCode, String stdout, String stderr, long wallMillis) {

        public boolean ok() {
            return exitCode == 0;
        }

        /** The first stdout or stderr line starting with {@code prefix}, or null. */
        public String line(String prefix) {
            for (String text : List.of(stdout, stderr)) {
                for (String line : text.split("\n")) {
                    if (line.startsWith(prefix)) {
                        return line;
                    }
                }
            }
            return null;
        }

        public String describe() {
            String tail = stderr.length() > 800 ? stderr.substring(stderr.length() - 800) : stderr;
            return "exit " + exitCode + "; stderr: " + tail.strip();
        }
    }

    /** Runs {@code <jdkHome>/bin/java <args>} and waits at most {@code limit}. */
    public static Outcome run(Path jdkHome, List<String> args, Duration limit)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(jdkHome.resolve("bin/java").toString());
        command.addAll(args);
        return runCommand(command, limit);
    }

    public static Outcome runCommand(List<String> command, Duration limit) throws IOException, InterruptedException {
        File out = Files.createTempFile("perfagent-bench-", ".out").toFile();
        File err = Files.createTempFile("perfagent-bench-", ".err").toFile();
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectOutput(out).redirectError(err)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            boolean finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor();
            }
            long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            return new Outcome(finished ? process.exitValue() : -1, Files.readString(out.toPath()),
                    Files.readString(err.toPath()), wall);
        } finally {
            out.delete();
            err.delete();
        }
    }
}
