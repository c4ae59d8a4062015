package io.perfagent.benchmarks.jmh;

import io.perfagent.benchmarks.check.ReportCheck;
import io.perfagent.core.config.Config;
import io.perfagent.core.config.ConfigLoader;
import io.perfagent.core.runtime.AgentRuntime;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * perfagent's real core runtime (key registry, aggregator, 10 ms drain, report sink) started inside the benchmark JVM
 * without bytecode weaving, so the bootstrap entry points can be measured exactly as woven advice calls them.
 */
final class InProcessAgent {

    static final String KIND = "method";

    private final AgentRuntime runtime;
    private final Path reportDir;

    private InProcessAgent(AgentRuntime runtime, Path reportDir) {
        this.runtime = runtime;
        this.reportDir = reportDir;
    }

    static InProcessAgent start(String name) {
        Path dir = Path.of("benchmarks/target/reports/jmh-" + name + "-" + ProcessHandle.current().pid());
        Config config = ConfigLoader.load("report.dir=" + dir + ",app.name=" + name + ",system.enabled=false",
                Map.of(), new Properties(), null).config();
        return new InProcessAgent(AgentRuntime.start(config, null), dir);
    }

    int register(String key) {
        return runtime.registry().register(KIND, key);
    }

    /** Final drain and summary. */
    void stop() {
        runtime.stop();
    }

    /** Stops the runtime and fails the benchmark if the key was never recorded. */
    void stopAndCheckRecorded(String key) {
        stop();
        long count = ReportCheck.count(reportDir, KIND, key);
        if (count <= 0) {
            throw new IllegalStateException("perfagent recorded no call of " + key + " in " + reportDir);
        }
    }
}
