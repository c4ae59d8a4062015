package io.perfagent.benchmarks.moo;

import java.nio.file.Path;
import java.util.List;

/**
 * One column of the MooBench table: a JDK, the JVM flags that attach (or do not attach) a monitoring tool, and how to
 * prove in a short check run that the tool really instrumented {@code monitoredMethod}.
 *
 * @param name       label in the results, e.g. {@code perfagent-time@17}
 * @param jdk        JDK feature version, "17" or "25"
 * @param baseline   the configuration this one is compared with (plain JVM on the same JDK); null for a baseline
 * @param jvmArgs    flags of the measured runs
 * @param checkArgs  flags of the check run (may turn on an exporter or a file the measured runs do without)
 * @param check      null when there is nothing to verify (no agent, or the empty agent)
 */
record MooConfig(String name, String jdk, Path jdkHome, String baseline, List<String> jvmArgs,
                 List<String> checkArgs, InstrumentationCheck check) {

    boolean isBaseline() {
        return baseline == null;
    }
}
