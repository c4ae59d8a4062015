package io.perfagent.it.live;

import io.perfagent.it.ForkedJvm;
import io.perfagent.it.Jdks;
import io.perfagent.it.Reports;
import io.perfagent.it.TestPaths;
import sample.live.LiveApp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * A running {@link LiveApp} in its own JVM, driven over stdin, plus the perfagent command line pointed at it: the way
 * an operator attaches to, reloads and detaches from a live service.
 */
final class LiveJvm implements AutoCloseable {

    private static final Duration REPLY_WAIT = Duration.ofSeconds(60);

    private final Jdks.Jdk jdk;
    private final Path workDir;
    private final Process process;
    private final OutputStream stdin;
    private int seq;
    private int cliRuns;

    private LiveJvm(Jdks.Jdk jdk, ForkedJvm fork, Path workDir) throws IOException, InterruptedException {
        this.jdk = jdk;
        this.workDir = workDir;
        this.process = fork.workDir(workDir).start();
        this.stdin = process.getOutputStream();
        awaitTrue(() -> stdout().contains("ready "), "the application to start");
    }

    /** Starts the application; {@code agentArgs} non-null adds {@code -javaagent}. */
    static LiveJvm start(Jdks.Jdk jdk, String agentArgs, String... jvmArgs) throws IOException, InterruptedException {
        ForkedJvm fork = ForkedJvm.on(jdk).main(LiveApp.class).timeout(Duration.ofSeconds(60));
        if (agentArgs != null) {
            fork.agent(agentArgs);
        }
        for (String jvmArg : jvmArgs) {
            fork.jvmArg(jvmArg);
        }
        if (jdk.feature() >= 21) {
            fork.jvmArg("-XX:+EnableDynamicAgentLoading"); // an operator's JVM opts in; keeps JDK 21+'s warning off
        }
        return new LiveJvm(jdk, fork, Files.createTempDirectory(TestPaths.workRoot(), "live"));
    }

    long pid() {
        return process.pid();
    }

    Path workDir() {
        return workDir;
    }

    /** Sends one command and returns the application's reply. */
    String send(String command) throws IOException, InterruptedException {
        int id = ++seq;
        stdin.write((id + " " + command + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
        String prefix = "ok " + id + " ";
        awaitTrue(() -> stdout().lines().anyMatch(l -> l.startsWith(prefix)), "a reply to '" + command + "'");
        return stdout().lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length());
    }

    /** Runs {@code java -jar perfagent.jar <args>} on the same JDK, in a folder of its own. */
    ForkedJvm.Result cli(String... args) throws IOException, InterruptedException {
        return ForkedJvm.on(jdk).jar(ForkedJvm.AGENT_JAR.toAbsolutePath(), args)
                .workDir(workDir.resolve("cli-" + (++cliRuns))).timeout(Duration.ofSeconds(60)).run();
    }

    Reports reports() throws IOException {
        return Reports.read(workDir().resolve("perfagent-reports"));
    }

    String stdout() {
        return read("stdout.txt");
    }

    String stderr() {
        return read("stderr.txt");
    }

    private String read(String name) {
        try {
            return Files.readString(workDir().resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + REPLY_WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (process.isAlive()) {
            try {
                stdin.write((++seq + " exit\n").getBytes(StandardCharsets.UTF_8));
                stdin.flush();
            } catch (IOException gone) {
                // already exiting
            }
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
