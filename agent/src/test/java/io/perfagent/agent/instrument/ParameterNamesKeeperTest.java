package io.perfagent.agent.instrument;

import net.bytebuddy.agent.ByteBuddyAgent;
import org.junit.jupiter.api.Test;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;

import static io.perfagent.agent.instrument.asm.NamedParameterClasses.define;
import static io.perfagent.agent.instrument.asm.NamedParameterClasses.findParameterNames;
import static io.perfagent.agent.instrument.asm.NamedParameterClasses.stripped;
import static io.perfagent.agent.instrument.asm.NamedParameterClasses.withNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class ParameterNamesKeeperTest {

    private final ParameterNamesKeeper keeper = new ParameterNamesKeeper();

    /**
     * A real retransformation in this JVM, handed a class file without the names as JDK 17 does (a transformer ahead
     * of the keeper strips them, so the test shows the same on every JDK): the class keeps its names.
     */
    @Test
    void aRetransformedClassKeepsItsParameterNames() throws Exception {
        byte[] original = withNames("t/keep/Orders", false);
        Class<?> type = define("t.keep.Orders", original, original);
        Instrumentation inst = ByteBuddyAgent.install();
        ClassFileTransformer losesNames = new ClassFileTransformer() {
            @Override
            public byte[] transform(ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain,
                                    byte[] classFile) {
                return "t/keep/Orders".equals(name) ? stripped(classFile) : null;
            }
        };
        inst.addTransformer(losesNames, true);
        inst.addTransformer(keeper, true);
        try {
            inst.retransformClasses(type);
        } finally {
            inst.removeTransformer(keeper);
            inst.removeTransformer(losesNames);
        }
        assertEquals("id,name", findParameterNames(type));
    }

    @Test
    void restoresOnlyWhenRetransformingAClassFileThatLostTheNames() {
        byte[] original = withNames("t/keep/Invoices", false);
        Class<?> type = define("t.keep.Invoices", original, original);
        byte[] lost = stripped(original);
        ClassLoader loader = type.getClassLoader();

        assertNotNull(keeper.transform(loader, "t/keep/Invoices", type, null, lost), "retransformed, names lost");
        assertNull(keeper.transform(loader, "t/keep/Invoices", null, null, lost), "being defined: as compiled");
        assertNull(keeper.transform(loader, "t/keep/Invoices", type, null, original), "names kept: unchanged");
    }

    @Test
    void leavesAClassAloneWhenItsLoaderServesNoNames() {
        byte[] lost = stripped(withNames("t/keep/Plain", false));
        Class<?> type = define("t.keep.Plain", lost, lost);
        assertNull(keeper.transform(type.getClassLoader(), "t/keep/Plain", type, null, lost),
                "compiled without -parameters");
        Class<?> unserved = define("t.keep.Gone", stripped(withNames("t/keep/Gone", false)), null);
        assertNull(keeper.transform(unserved.getClassLoader(), "t/keep/Gone", unserved, null, lost),
                "no class file to read the names from");
    }
}
