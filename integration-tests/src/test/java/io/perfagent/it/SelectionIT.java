package io.perfagent.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sample.app.sel.SelectionApp;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every selection form of the grammar against a real application: subtypes ({@code +}), method and class annotations,
 * excludes winning over includes, and the methods that are never woven (abstract, bridge, lambda classes).
 */
class SelectionIT {

    @ParameterizedTest
    @MethodSource("io.perfagent.it.Jdks#all")
    void eachFormSelectsExactlyWhatItSays(Jdks.Jdk jdk) throws Exception {
        ForkedJvm.Result plain = ForkedJvm.on(jdk).main(SelectionApp.class).run();
        ForkedJvm.Result run = ForkedJvm.on(jdk).agent(null)
                .jvmArg("-Dperfagent.methods.include=sample.app.sel.Repository+#save*,@sample.app.sel.Timed,"
                        + "@@sample.app.sel.Monitored,sample.app.sel.Shape#*,sample.app.sel.Square#*")
                .jvmArg("-Dperfagent.methods.exclude=sample.app.sel.Audit#secret")
                .main(SelectionApp.class).run();
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(plain.stdout(), run.stdout());

        Reports reports = run.reports();
        List<String> keys = reports.summaryKeys().stream().filter(k -> k.startsWith("sample.")).sorted().toList();
        assertEquals(List.of(
                "sample.app.sel.Audit#record",                  // @@Monitored class, minus the exclude
                "sample.app.sel.Billing#charge",                // @Timed method only, not refund
                "sample.app.sel.MemoryRepository#save",         // Repository+ #save*: the real method, not the bridge
                "sample.app.sel.MemoryRepository#saveAll",
                "sample.app.sel.Shape#describe",                // abstract area() has no body
                "sample.app.sel.Square#area"), keys, "selected keys");

        // the bridge save(Object) is not woven, so each save is counted once: 3 direct + 2 x 3 via saveAll
        assertEquals(9, reports.summaryCount("sample.app.sel.MemoryRepository#save"));
        assertEquals(3, reports.summaryCount("sample.app.sel.Billing#charge"));
        assertTrue(keys.stream().noneMatch(k -> k.contains("Lambda") || k.contains("lambda$")), keys::toString);
        assertEquals(0, reports.summary().path("agent").path("transform_errors").asLong());
    }
}
