package io.perfagent.agent.instrument.asm;

import io.perfagent.agent.instrument.method.ProbeWriter;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.perfagent.agent.instrument.asm.NamedParameterClasses.define;
import static io.perfagent.agent.instrument.asm.NamedParameterClasses.findParameterNames;
import static io.perfagent.agent.instrument.asm.NamedParameterClasses.stripped;
import static io.perfagent.agent.instrument.asm.NamedParameterClasses.withNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class MethodParametersTest {

    private static final String NAME = "t/params/Orders";

    @Test
    void copiesTheNamesBackIntoAClassFileThatLostThem() throws Exception {
        byte[] original = withNames(NAME, false);
        byte[] lost = stripped(original);
        assertEquals("arg0,arg1", findParameterNames(define("t.params.Orders", lost, original)), "precondition");

        byte[] restored = MethodParameters.copy(original, lost);

        assertNotNull(restored);
        Class<?> type = define("t.params.Orders", restored, original);
        assertEquals("id,name", findParameterNames(type));
        assertEquals(java.lang.reflect.Modifier.FINAL,
                type.getMethod("find", long.class, String.class).getParameters()[1].getModifiers(),
                "each parameter's flags come along");
        assertEquals(42L, type.getMethod("find", long.class, String.class).invoke(null, 42L, "x"), "code unchanged");
    }

    @Test
    void copiesIntoAWovenClassFile() throws Exception {
        byte[] original = withNames(NAME, false);
        byte[] woven = ProbeWriter.weave(stripped(original), Map.of("find(JLjava/lang/String;)J", 0), true);

        byte[] restored = MethodParameters.copy(original, woven);

        assertNotNull(restored);
        Class<?> type = define("t.params.Orders", restored, original);
        assertEquals("id,name", findParameterNames(type));
        assertEquals(7L, type.getMethod("find", long.class, String.class).invoke(null, 7L, "x"));
    }

    @Test
    void leavesAClassAloneWhenTheOriginalIsAnotherClassOrVersion() {
        byte[] lost = stripped(withNames(NAME, false));
        assertNull(MethodParameters.copy(withNames("t/params/Other", false), lost), "another class");
        assertNull(MethodParameters.copy(withNames(NAME, true), lost), "a version with a method the class lacks");
        assertNull(MethodParameters.copy(lost, lost), "nothing recorded to copy");
    }

    @Test
    void aTargetWithMoreMethodsStillGetsTheNames() throws Exception {
        byte[] original = withNames(NAME, false);
        byte[] restored = MethodParameters.copy(original, stripped(withNames(NAME, true)));
        assertNotNull(restored, "members a probe added do not make it another class");
        assertEquals("id,name", findParameterNames(define("t.params.Orders", restored, original)));
    }
}
