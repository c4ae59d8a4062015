package io.perfagent.benchmarks.report;

/**
 * The explanation of the empty-agent JDBC cost, established with the experiments described in docs/benchmarks.md;
 * the table above it in BENCHMARKS.md carries this run's figures.
 */
final class JdbcFinding {

    static final String TEXT = """
            **Cause.** Every `-javaagent` makes the JVM add `java.instrument` to the root modules, exactly as \
            `--add-modules java.instrument` does (`-Xlog:cds` prints `optimized module handling: disabled due to \
            incompatible property: jdk.module.addmods.0=java.instrument` on JDK 17, `Mismatched values for property \
            jdk.module.addmods` on JDK 25). That switches off CDS's archived module graph, so the boot module layer \
            is resolved at start-up by Java code (`java.lang.module.Resolver`, `SystemModuleFinders`, streams, \
            `FindOps`, HashMaps/Sets of module names: about 25 more classes loaded). That start-up code trains the type \
            profiles of shared JDK methods (and loads more implementations of common interfaces), so C2 later \
            inlines less of H2's per-statement path and escape analysis scalar-replaces fewer of its short-lived \
            objects: about 80-100 B more are allocated per statement, and the time follows. Evidence: \
            `-XX:-DoEscapeAnalysis` or C1 only (`-XX:TieredStopAtLevel=1`) make plain and empty-agent runs allocate \
            the same bytes per statement; a plain JVM with `--add-modules java.instrument` and no agent reproduces \
            the empty agent's figure; a native JVMTI agent adding can_redefine/can_retransform/can_tag capabilities \
            (benchmarks/jvmti/capagent.c) does not; on JDK 25 a CDS archive dumped with \
            `--add-modules java.instrument` brings the empty agent back to the plain figure (rows `*Archived`). \
            Plain method calls are not affected because their code needs neither inlining of JDK collections nor \
            escape analysis.

            **Can perfagent avoid or undo it?** Not from inside: the module graph is resolved before any premain \
            runs, and the flag comes from `-javaagent` itself. What works, outside the agent: (1) on JDK 25 (the JDK \
            measured here; JDK 17 cannot) start the JVM with a CDS archive dumped once with the same module option: \
            `java -Xshare:dump -XX:SharedArchiveFile=instrument.jsa --add-modules java.instrument`, then \
            `java -XX:SharedArchiveFile=instrument.jsa -javaagent:perfagent.jar ...`; JDK 17 refuses to archive the \
            module graph whenever `jdk.module.addmods` is set, so there it cannot be undone; (2) attaching perfagent \
            to the running JVM (`perfagent attach <pid>`) instead of `-javaagent`: a dynamic attach leaves the boot \
            layer as it was, on either JDK. Row `JdbcPerfagentAttached` measures that way, attached once the table \
            is filled: H2's classes are then retransformed, which may not add the fields that hold a statement's SQL \
            id, so the probe finds it in a weak table instead (docs/jdbc.md).
            """;

    private JdbcFinding() {
    }
}
