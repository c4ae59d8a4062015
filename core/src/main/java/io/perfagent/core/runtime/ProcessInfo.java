package io.perfagent.core.runtime;

import io.perfagent.core.config.SmallFiles;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
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
        String command = javaCommand.trim();
        int blank = 0;
        while (blank < command.length() && !isBlank(command.charAt(blank))) {
            blank++;
        }
        String first = command.substring(0, blank);
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
        StringBuilder cleaned = new StringBuilder(app.length());
        for (int i = 0; i < app.length(); i += Character.charCount(app.codePointAt(i))) {
            char c = app.charAt(i); // one '_' per character, also for one outside the BMP (two chars)
            boolean kept = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-';
            cleaned.append(kept ? c : '_');
        }
        return cleaned.length() == 0 ? "app" : cleaned.toString();
    }

    /** What regular expressions call white space (\\s): plain code, no regex, as this runs in premain. */
    private static boolean isBlank(char c) {
        return " \t\n\u000B\f\r".indexOf(c) >= 0;
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
            String kernel = new String(SmallFiles.readAllBytes(kernelHostName), StandardCharsets.UTF_8).trim();
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
