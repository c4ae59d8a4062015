package io.perfagent.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a test application in a real, separate JVM — with or without the built perfagent.jar — and captures its exit
 * code, stdout and stderr, the way a user would start their service.
 */
public final class ForkedJvm {

    public static final Path AGENT_JAR = Path.of(System.getProperty("perfagent.jar", "../agent/target/perfagent.jar"));
    public static final Path DEMO_JAR = Path.of(System.getProperty("perfagent.demo.jar", "../demo-app/target/demo-app.jar"));

    private final Jdks.Jdk jdk;
    private final List<String> jvmArgs = new ArrayList<>();
    private final List<String> appArgs = new ArrayList<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private String classPath = TestPaths.appClassPath();
    private String mainClass;
    private String agentArgs;
    private boolean withAgent;
    private Path workDir;
    private Duration timeout = Duration.ofSeconds(120);

    private ForkedJvm(Jdks.Jdk jdk) {
        this.jdk = jdk;
    }

    public static ForkedJvm on(Jdks.Jdk jdk) {
        return new ForkedJvm(jdk);
    }

    public ForkedJvm main(Class<?> mainClass, String... args) {
        this.mainClass = mainClass.getName();
        this.appArgs.addAll(List.of(args));
        return this;
    }

    public ForkedJvm mainClassName(String name, String... args) {
        this.mainClass = name;
        this.appArgs.addAll(List.of(args));
        return this;
    }

    /** Runs {@code -jar <jar>} instead of a main class. */
    public ForkedJvm jar(Path jar, String... args) {
        this.mainClass = null;
        this.classPath = null;
        this.jvmArgs.add("-jar");
        this.jvmArgs.add(jar.toString());
        this.appArgs.addAll(List.of(args));
        return this;
    }

    public ForkedJvm classPath(String classPath) {
        this.classPath = classPath;
        return this;
    }

    public ForkedJvm agent(String args) {
        this.withAgent = true;
        this.agentArgs = args;
        return this;
    }

    public ForkedJvm jvmArg(String arg) {
        this.jvmArgs.add(arg);
        return this;
    }

    public ForkedJvm env(String name, String value) {
        this.env.put(name, value);
        return this;
    }

    public ForkedJvm workDir(Path dir) {
        this.workDir = dir;
        return this;
    }

    public ForkedJvm timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    public List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(jdk.java().toString());
        command.add("-Xshare:auto");
        if (withAgent) {
            command.add("-javaagent:" + AGENT_JAR.toAbsolutePath() + (agentArgs == null ? "" : "=" + agentArgs));
        }
        List<String> jarArgs = new ArrayList<>();
        for (int i = 0; i < jvmArgs.size(); i++) {
            if (jvmArgs.get(i).equals("-jar")) {
                jarArgs.add("-jar");
                jarArgs.add(jvmArgs.get(++i));
            } else {
                command.add(jvmArgs.get(i));
            }
        }
        if (classPath != null) {
            command.add("-cp");
            command.add(classPath);
        }
        command.addAll(jarArgs);
        if (mainClass != null) {
            command.add(mainClass);
        }
        command.addAll(appArgs);
        return command;
    }

    public Result run() throws IOException, InterruptedException {
        Process process = start();
        return waitFor(process);
    }

    public Process start() throws IOException {
        Path dir = workDir != null ? workDir : Files.createTempDirectory(TestPaths.workRoot(), "run");
        Files.createDirectories(dir);
        ProcessBuilder builder = new ProcessBuilder(command()).directory(dir.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("PERFAGENT_") || k.equals("JAVA_TOOL_OPTIONS"));
        builder.environment().putAll(env);
        builder.redirectOutput(dir.resolve("stdout.txt").toFile());
        builder.redirectError(dir.resolve("stderr.txt").toFile());
        this.workDir = dir;
        return builder.start();
    }

    public Result waitFor(Process process) throws IOException, InterruptedException {
        long started = System.nanoTime();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("forked JVM did not finish within " + timeout + ": " + command()
                    + "\nstderr:\n" + Files.readString(workDir.resolve("stderr.txt")));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        return new Result(process.exitValue(),
                Files.readString(workDir.resolve("stdout.txt"), StandardCharsets.UTF_8),
                Files.readString(workDir.resolve("stderr.txt"), StandardCharsets.UTF_8), workDir, took);
    }

    /** What the forked JVM did. */
    public record Result(int exitCode, String stdout, String stderr, Path workDir, Duration took) {

        public Path reportDir() {
            return workDir.resolve("perfagent-reports");
        }

        public Reports reports() throws IOException {
            return Reports.read(reportDir());
        }

        /** stderr lines that are not perfagent's one-line messages. */
        public List<String> foreignStderrLines() {
            return stderr.lines().filter(l -> !l.startsWith("perfagent: ")).toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }
}
