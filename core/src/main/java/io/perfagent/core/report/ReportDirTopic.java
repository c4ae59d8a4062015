package io.perfagent.core.report;

import java.nio.file.Path;

/**
 * The {@link io.perfagent.core.log.AgentLog} topic of a report directory: every file output in one directory shares
 * it, so a read-only or full directory costs the user one throttled line, not one per file. Stateless.
 */
public final class ReportDirTopic {

    private ReportDirTopic() {
    }

    public static String of(Path dir) {
        return "report-dir " + dir.toAbsolutePath().normalize();
    }
}
