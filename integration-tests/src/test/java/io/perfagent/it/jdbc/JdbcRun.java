package io.perfagent.it.jdbc;

import io.perfagent.it.ForkedJvm;
import io.perfagent.it.Jdks;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs one sample.jdbc application on one database stack in a forked JVM with perfagent.jar. */
final class JdbcRun {

    private JdbcRun() {
    }

    /** Starts {@code main} with the agent and {@code options} (system properties), asserts a clean exit. */
    static ForkedJvm.Result run(Jdks.Jdk jdk, String stack, Class<?> main, String... options) throws Exception {
        Postgres.requireIfUsedBy(stack);
        ForkedJvm jvm = ForkedJvm.on(jdk).agent(null).timeout(Duration.ofMinutes(3));
        Postgres.jvmArgs().forEach(jvm::jvmArg);
        for (String option : options) {
            jvm.jvmArg(option);
        }
        ForkedJvm.Result result = jvm.main(main, stack).run();
        assertEquals(0, result.exitCode(), result::toString);
        return result;
    }
}
