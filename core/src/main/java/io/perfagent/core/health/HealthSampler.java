package io.perfagent.core.health;

import io.perfagent.core.runtime.JvmExit;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Produces the {@code health} block of each interval line: host and process figures under {@code system} and the
 * JVM's own figures under {@code jvm}. Rates and percentages cover the time since the previous {@link #sample()}.
 *
 * <p>OSHI (and with it JNA's native library) is first touched inside the first {@code sample()}, never in the
 * constructor, so that premain loads nothing native. If OSHI fails in any way (missing native library, restricted
 * /proc, a {@link LinkageError}, anything thrown later while sampling), one line goes to stderr and the JVM's
 * {@code OperatingSystemMXBean} supplies the {@code system} figures for the rest of the run ({@code source} turns
 * from {@code "oshi"} to {@code "mxbean"}). Once the JVM exits OSHI is no longer loaded, and a load the exit cut short
 * falls back without a word.
 *
 * <p>On JDK 22+ OSHI is used only when the application allows native access to unnamed modules
 * ({@code --enable-native-access=ALL-UNNAMED}); otherwise loading JNA would make the JDK print a warning on the
 * application's stderr, so the MXBean figures are used from the start ({@link NativeAccessCheck}).
 *
 * <p>Test-only switch: the system property {@code perfagent.test.fail-oshi=true} makes loading OSHI throw, so that
 * the fallback can be exercised on a machine where OSHI works (see {@code HealthSamplerTest}).
 *
 * <p>Threading: not thread-safe. Called by one thread at a time, the flush thread, once per interval.
 */
public final class HealthSampler {

    private final boolean systemEnabled;
    private final PrintStream warnings;
    /** Made at the first sample, on the flush thread: its MXBeans take tens of milliseconds to set up. */
    private JvmSampler jvm;
    private SystemSource system;
    private long previousNanos;
    private boolean sampledBefore;

    /** @param systemEnabled the {@code system.enabled} key: false leaves the {@code system} block out entirely */
    public HealthSampler(boolean systemEnabled) {
        this(systemEnabled, System.err);
    }

    HealthSampler(boolean systemEnabled, PrintStream warnings) {
        this.systemEnabled = systemEnabled;
        this.warnings = warnings;
    }

    /** The health block for the interval that ends now: {@code {"system":{...},"jvm":{...}}}, in that order. */
    public Map<String, Object> sample() {
        long now = System.nanoTime();
        long elapsedNanos = sampledBefore ? Math.max(0, now - previousNanos) : 0;
        previousNanos = now;
        sampledBefore = true;
        Map<String, Object> health = new LinkedHashMap<>();
        if (systemEnabled) {
            health.put("system", sampleSystem(elapsedNanos).toMap());
        }
        if (jvm == null) {
            jvm = new JvmSampler(); // its GC counts start from zero, so the first sample still covers the JVM's life
        }
        health.put("jvm", jvm.sample(elapsedNanos));
        return health;
    }

    private SystemFigures sampleSystem(long elapsedNanos) {
        if (system instanceof MxBeanSystemSource) {
            return system.sample(elapsedNanos);
        }
        if (system == null && (!NativeAccessCheck.nativeAccessWithoutWarning() || JvmExit.inProgress())) {
            // a documented choice, not a failure: nothing to say on stderr; and at exit, loading OSHI would only
            // delay the exit by a second to describe its last instant
            system = new MxBeanSystemSource();
            return system.sample(elapsedNanos);
        }
        try {
            if (system == null) {
                system = OshiSystemSource.open();
            }
            return system.sample(elapsedNanos);
        } catch (Throwable oshiFailure) {
            // Any failure, even an Error from native code, ends OSHI for this run: retrying would repeat it.
            system = new MxBeanSystemSource();
            if (!JvmExit.inProgress()) { // loading while the JVM exits fails by the JDK's rules (no new exit hooks)
                warnings.println("perfagent: system metrics via OSHI unavailable (" + reason(oshiFailure)
                        + "); using the JVM's OperatingSystemMXBean");
            }
            return system.sample(0);
        }
    }

    /** One short line: native-library errors can carry long path lists. */
    static String reason(Throwable t) {
        String message = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
        String text = t.getClass().getSimpleName() + message;
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
