package io.perfagent.agent.cli;

import io.perfagent.agent.attach.AttachFailure;
import io.perfagent.agent.attach.JvmConnection;
import io.perfagent.agent.attach.StatusProperties;

import java.io.File;
import java.net.URISyntaxException;
import java.util.Properties;

/**
 * What {@code attach} and {@code detach} share: checking the pid, finding perfagent.jar (the jar this CLI runs
 * from), and describing a target's perfagent from its {@code perfagent.status.*} system properties.
 */
final class LiveTarget {

    private LiveTarget() {
    }

    /** Why {@code pid} cannot be a target, or {@code null} when it can. */
    static String pidProblem(String pid) {
        if (!pid.matches("[0-9]{1,10}")) {
            return "'" + pid + "' is not a process id";
        }
        if (Long.parseLong(pid) == ProcessHandle.current().pid()) {
            return "cannot attach to this perfagent command itself";
        }
        return ProcessHandle.of(Long.parseLong(pid)).isPresent() ? null : "no process " + pid;
    }

    static String agentJar() throws AttachFailure {
        try {
            File jar = new File(LiveTarget.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!jar.isFile()) {
                throw new AttachFailure("perfagent.jar not found (running from " + jar + "); run java -jar perfagent.jar");
            }
            return jar.getAbsolutePath();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            throw new AttachFailure("cannot locate perfagent.jar (" + e + ")");
        }
    }

    /** e.g. {@code attach since 2025-01-01T10:00:00Z, report /srv/app/perfagent-reports/perfagent-app-42.jsonl}. */
    static String describe(Properties status) {
        return status.getProperty(StatusProperties.MODE, "?") + " since " + status.getProperty(StatusProperties.SINCE, "?")
                + ", report " + status.getProperty(StatusProperties.REPORT, "?");
    }

    static Properties status(JvmConnection jvm) throws AttachFailure {
        return jvm.systemProperties();
    }
}
