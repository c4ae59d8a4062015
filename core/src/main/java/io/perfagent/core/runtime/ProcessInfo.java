package io.perfagent.core.runtime;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Who is reporting: application name, pid and host, fixed at start-up. The default application name is the main
 * class's simple name, or the jar's name without {@code .jar}, taken from {@code sun.java.command}. Immutable.
 */
public record ProcessInfo(String app, long pid, String host) {

    public static ProcessInfo current(String configuredAppName) {
        String app = configuredAppName == null || configuredAppName.isBlank()
                ? defaultAppName(System.getProperty("sun.java.command", ""))
                : configuredAppName.trim();
        return new ProcessInfo(sanitizeForFileName(app), currentPid(), hostName());
    }

    /**
     * This process's id. On Linux the kernel names it as the target of {@code /proc/self}; elsewhere
     * {@code ProcessHandle} tells. Read here in premain, the link spares the application's start-up the set-up of
     * {@code ProcessHandle}'s process-reaper machinery (a thread pool and its classes, ~8 ms of CPU).
     */
    static long currentPid() {
        try {
            Path self = Files.readSymbolicLink(Path.of("/proc/self"));
            return Long.parseLong(self.getFileName().toString());
        } catch (IOException | RuntimeException notLinux) {
            return ProcessHandle.current().pid();
        }
    }

    static String defaultAppName(String javaCommand) {
        String first = javaCommand.trim().split("\\s+", 2)[0];
        if (first.isEmpty()) {
            return "app";
        }
        if (first.endsWith(".jar")) {
            String name = first.substring(Math.max(first.lastIndexOf('/'), first.lastIndexOf('\\')) + 1);
            return name.substring(0, name.length() - 4);
        }
        return first.substring(first.lastIndexOf('.') + 1);
    }

    /** App names end up in file names: keep letters, digits, '.', '_' and '-'. */
    static String sanitizeForFileName(String app) {
        String cleaned = app.replaceAll("[^A-Za-z0-9._-]", "_");
        return cleaned.isEmpty() ? "app" : cleaned;
    }

    private static String hostName() {
        return hostName(System.getenv(), Path.of("/proc/sys/kernel/hostname"));
    }

    /**
     * The host's name without asking DNS: {@code HOSTNAME}, then {@code COMPUTERNAME} (Windows), then the kernel's
     * own ({@code /proc/sys/kernel/hostname} on Linux, where services often run without {@code HOSTNAME} set). Only
     * then {@code InetAddress.getLocalHost()}, which resolves the name and can block for seconds where it is in neither
     * DNS nor {@code /etc/hosts}: this runs in premain, on the application's main thread.
     */
    static String hostName(Map<String, String> env, Path kernelHostName) {
        for (String variable : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        try {
            String kernel = Files.readString(kernelHostName).trim();
            if (!kernel.isEmpty()) {
                return kernel;
            }
        } catch (IOException | RuntimeException notLinux) {
            // fall through to the resolver
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** {@code perfagent-<app>-<pid>}: the base name of every file this process writes. */
    public String fileBaseName() {
        return "perfagent-" + app + "-" + pid;
    }
}
