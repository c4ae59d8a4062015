package io.perfagent.agent.attach;

import io.perfagent.core.config.ConfigNames;
import io.perfagent.core.runtime.AgentRuntime;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Properties;

/**
 * The system properties through which a running agent shows itself to {@code perfagent list/attach/detach} (they
 * read the target's system properties over the attach API, as {@code jcmd <pid> VM.system_properties} does):
 * {@code perfagent.status.active=true}, {@code .mode} ({@code javaagent} or {@code attach}), {@code .since} and
 * {@code .report} (the live report file). Set once the agent is fully started (an attached application can poll
 * {@code perfagent.status.active} to know its loaded classes are woven), cleared once it has detached. While a
 * background start ({@code startup.background=true}) is still under way, {@code perfagent.status.starting=true}.
 */
public final class StatusProperties {

    public static final String ACTIVE = ConfigNames.STATUS_PROPERTY_PREFIX + "active";
    public static final String MODE = ConfigNames.STATUS_PROPERTY_PREFIX + "mode";
    public static final String SINCE = ConfigNames.STATUS_PROPERTY_PREFIX + "since";
    public static final String REPORT = ConfigNames.STATUS_PROPERTY_PREFIX + "report";
    public static final String STARTING = ConfigNames.STATUS_PROPERTY_PREFIX + "starting";

    private StatusProperties() {
    }

    static void publish(AgentRuntime runtime, boolean attached, Instant since) {
        System.setProperty(REPORT, reportFile(runtime).toString());
        System.setProperty(MODE, attached ? "attach" : "javaagent");
        System.setProperty(SINCE, isoText(since));
        System.setProperty(ACTIVE, "true"); // last: whoever sees it sees the others
        System.clearProperty(STARTING);
    }

    /**
     * {@code instant.toString()} (ISO-8601 in UTC, fraction in groups of three digits) without java.time's
     * formatter, whose set-up would cost premain ~8 ms of the application's start; the report lines, which need it
     * anyway, set it up later on the flush thread.
     */
    static String isoText(Instant instant) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        String text = utc.toString();
        return (utc.getSecond() == 0 && utc.getNano() == 0 ? text + ":00" : text) + "Z"; // LocalTime omits ":00"
    }

    /** A background start has begun; {@link #publish} or {@link #startFailed} ends it. */
    public static void starting() {
        System.setProperty(STARTING, "true");
    }

    public static void startFailed() {
        System.clearProperty(STARTING);
    }

    static void clear() {
        System.clearProperty(ACTIVE);
        System.clearProperty(MODE);
        System.clearProperty(SINCE);
        System.clearProperty(REPORT);
    }

    /** Whether {@code properties} (a target JVM's system properties) show a running perfagent. */
    public static boolean isActive(Properties properties) {
        return "true".equals(properties.getProperty(ACTIVE));
    }

    /** Whether {@code properties} show a background start still under way. */
    public static boolean isStarting(Properties properties) {
        return "true".equals(properties.getProperty(STARTING)) && !isActive(properties);
    }

    private static Path reportFile(AgentRuntime runtime) {
        return Path.of(runtime.config().string("report.dir")).toAbsolutePath().normalize()
                .resolve(runtime.process().fileBaseName() + ".jsonl");
    }
}
