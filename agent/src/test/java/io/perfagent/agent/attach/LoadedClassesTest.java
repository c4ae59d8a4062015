package io.perfagent.agent.attach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fixtures.jdbc.FixtureLoader;
import java.lang.instrument.Instrumentation;
import java.util.List;
import net.bytebuddy.agent.ByteBuddyAgent;
import org.junit.jupiter.api.Test;

/**
 * The order an attach retransforms JDBC classes in: a class before the superclasses it reaches, so that the
 * transformer, which learns a base's role from its subclass, has seen the subclass first.
 */
class LoadedClassesTest {

    @Test
    void superclassesComeAfterTheClassesOnceEachAndNeverTheJdks() throws Exception {
        Instrumentation inst = ByteBuddyAgent.install();
        ClassLoader application = new FixtureLoader(); // the agent's own loader's classes are never candidates
        Class<?> statement = application.loadClass("fixtures.jdbc.CoreBackedStatement");
        Class<?> core = application.loadClass("fixtures.jdbc.StatementCore");
        Class<?> fake = application.loadClass("fixtures.jdbc.FakeStatement");

        assertEquals(List.of(statement, fake, core), LoadedClasses.withSuperclassesAfter(inst, List.of(statement, fake)));
        assertEquals(List.of(core, statement), LoadedClasses.withSuperclassesAfter(inst, List.of(core, statement)),
                "a superclass already listed keeps its place");
    }
}
