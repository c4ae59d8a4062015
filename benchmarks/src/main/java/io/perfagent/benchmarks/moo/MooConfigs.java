package io.perfagent.benchmarks.moo;

import io.perfagent.benchmarks.check.ReportCheck;
import io.perfagent.benchmarks.fork.ForkedJava;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MooBench configurations: on each JDK a plain JVM, the empty control agent, perfagent timing only and timing +
 * allocation; the OpenTelemetry Java agent on JDK 17 (if its jar was fetched) and JFR method timing on JDK 25.
 */
final class MooConfigs {

    static final String CLASS = "bench.moo.MonitoredClass";
    static final String METHOD = "monitoredMethod";

    private final Path work;
    private final Path perfagentJar;
    private final Path emptyAgentJar;
    private final Path otelJar;

    MooConfigs(Path work, Path perfagentJar, Path emptyAgentJar, Path otelJar) {
        this.work = work;
        this.perfagentJar = perfagentJar;
        this.emptyAgentJar = emptyAgentJar;
        this.otelJar = otelJar;
    }

    List<MooConfig> all(Path jdk17, Path jdk25) {
        List<MooConfig> configs = new ArrayList<>(perJdk("17", jdk17));
        if (otelJar != null && Files.isRegularFile(otelJar)) {
            configs.add(otel(jdk17));
        }
        if (jdk25 != null && Files.isDirectory(jdk25)) {
            configs.addAll(perJdk("25", jdk25));
            configs.add(jfr(jdk25));
        }
        return configs;
    }

    private List<MooConfig> perJdk(String jdk, Path home) {
        String plain = "plain@" + jdk;
        return List.of(
                new MooConfig(plain, jdk, home, null, List.of(), List.of(), null),
                new MooConfig("empty-agent@" + jdk, jdk, home, plain,
                        List.of("-javaagent:" + emptyAgentJar), List.of("-javaagent:" + emptyAgentJar), null),
                perfagent("perfagent-time@" + jdk, jdk, home, plain, false),
                perfagent("perfagent-alloc@" + jdk, jdk, home, plain, true));
    }

    private MooConfig perfagent(String name, String jdk, Path home, String baseline, boolean alloc) {
        Path reports = work.resolve("reports-" + name.replace('@', '-'));
        Path checkReports = work.resolve("check-" + name.replace('@', '-'));
        String common = "methods.include=" + CLASS + "#" + METHOD + ",alloc.enabled=" + alloc + ",report.dir=";
        InstrumentationCheck check = (outcome, calls) -> {
            long counted = ReportCheck.count(checkReports, "method", CLASS + "#" + METHOD);
            if (counted != calls) {
                throw new IllegalStateException(name + ": perfagent's report counted " + counted + " calls, expected "
                        + calls + " (" + outcome.describe() + ")");
            }
            return "perfagent's report counted " + counted + " of " + calls + " calls";
        };
        return new MooConfig(name, jdk, home, baseline, List.of("-javaagent:" + perfagentJar + "=" + common + reports),
                List.of("-javaagent:" + perfagentJar + "=" + common + checkReports), check);
    }

    private MooConfig otel(Path home) {
        List<String> common = List.of("-javaagent:" + otelJar,
                "-Dotel.instrumentation.methods.include=" + CLASS + "[" + METHOD + "]",
                "-Dotel.metrics.exporter=none", "-Dotel.logs.exporter=none", "-Dotel.javaagent.logging=simple");
        List<String> measured = new ArrayList<>(common);
        measured.add("-Dotel.traces.exporter=none");
        List<String> checked = new ArrayList<>(common);
        checked.add("-Dotel.traces.exporter=console");
        InstrumentationCheck check = (outcome, calls) -> {
            long spans = (outcome.stdout() + "\n" + outcome.stderr()).lines()
                    .filter(l -> l.contains("MonitoredClass." + METHOD)).count();
            if (spans == 0) {
                throw new IllegalStateException("OpenTelemetry exported no span of " + METHOD + " ("
                        + outcome.describe() + ")");
            }
            return "console exporter printed " + spans + " spans of " + METHOD + " for " + calls + " calls";
        };
        return new MooConfig("otel-2.22@17", "17", home, "plain@17", measured, checked, check);
    }

    private MooConfig jfr(Path home) {
        String timing = "-XX:StartFlightRecording:method-timing=" + CLASS + "::" + METHOD;
        Path checkFile = work.resolve("check-jfr.jfr");
        InstrumentationCheck check = (outcome, calls) -> {
            ForkedJava.Outcome printed = ForkedJava.runCommand(List.of(home.resolve("bin/jfr").toString(), "print",
                    "--events", "jdk.MethodTiming", checkFile.toString()), Duration.ofMinutes(1));
            Matcher m = Pattern.compile("invocations = ([0-9_,]+)").matcher(printed.stdout());
            long invocations = 0;
            while (m.find()) {
                invocations = Math.max(invocations, Long.parseLong(m.group(1).replaceAll("[_,]", "")));
            }
            if (invocations < calls) {
                throw new IllegalStateException("JFR counted " + invocations + " invocations of " + METHOD
                        + ", expected " + calls + " (" + outcome.describe() + " / " + printed.stdout().strip() + ")");
            }
            return "jfr print counted " + invocations + " invocations for " + calls + " calls";
        };
        return new MooConfig("jfr-method-timing@25", "25", home, "plain@25", List.of(timing),
                List.of(timing + ",filename=" + checkFile), check);
    }
}
