package io.perfagent.agent.instrument;

import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassDeclarationsTest {

    static class Base implements Serializable {
    }

    /** Fields with attributes (constant values, generic signatures) come before the methods and must be skipped. */
    static final class Fixture extends Base implements Runnable {
        static final long BIG = 0x1234_5678_9ABCL;
        static final String NAME = "fixture";
        List<Map<String, Long>> generic;

        @Override
        public void run() {
            declaredAfterFields();
        }

        void declaredAfterFields() {
            "x".indexOf('x'); // mentions indexOf without declaring it
        }
    }

    private static ConstantPool.Utf8Test named(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
        return (classFile, offset, length) -> ConstantPool.equals(classFile, offset, length, bytes);
    }

    private static final ConstantPool.Utf8Test NONE = (classFile, offset, length) -> false;

    @Test
    void findsDirectInterfacesAndDeclaredMethodsOnly() {
        byte[] classFile = ClassFiles.of(Fixture.class);

        assertTrue(ClassDeclarations.anyDeclared(classFile, named("java/lang/Runnable"), NONE));
        assertFalse(ClassDeclarations.anyDeclared(classFile, named("java/io/Serializable"), NONE),
                "implemented through the superclass only");
        assertTrue(ClassDeclarations.anyDeclared(classFile, NONE, named("declaredAfterFields")));
        assertTrue(ClassDeclarations.anyDeclared(classFile, NONE, named("run")));
        assertFalse(ClassDeclarations.anyDeclared(classFile, NONE, named("indexOf")), "called, not declared");
        assertFalse(ClassDeclarations.anyDeclared(classFile, NONE, named("generic")), "a field, not a method");
        assertTrue(ConstantPool.anyUtf8(classFile, named("indexOf")), "the constant pool does mention it");
    }

    /** A class whose pool mentions no name passing the first test is turned away before its declarations are read. */
    @Test
    void aClassMentioningNoneOfTheNamesIsTurnedAwayInThePoolPass() {
        byte[] classFile = ClassFiles.of(Fixture.class);
        ConstantPool.Utf8Test run = named("run");

        assertTrue(ClassDeclarations.anyDeclared(classFile, run, NONE, run, (access, name, descriptor) -> true));
        assertFalse(ClassDeclarations.anyDeclared(classFile, named("noSuchName"), NONE, run,
                (access, name, descriptor) -> true), "declares run, but the pool test said no");
        assertFalse(ClassDeclarations.anyDeclared(classFile, named("indexOf"), NONE, named("indexOf"),
                (access, name, descriptor) -> true), "mentioned, not declared");
        assertTrue(ClassDeclarations.anyDeclared(Arrays.copyOf(classFile, 40), named("noSuchName"), NONE, NONE,
                (access, name, descriptor) -> true), "a truncated pool answers maybe, whatever the pool test");
    }

    /** The method test sees access, name and descriptor of exactly the methods whose names passed. */
    @Test
    void aMethodWhoseNamePassesMustAlsoPassTheMethodTest() {
        byte[] classFile = ClassFiles.of(String.class);
        java.util.List<String> seen = new java.util.ArrayList<>();
        ClassDeclarations.MethodTest intIndexOf = (access, name, descriptor) -> {
            seen.add(name + descriptor);
            return (access & java.lang.reflect.Modifier.PUBLIC) != 0 && descriptor.equals("(I)I");
        };
        ClassDeclarations.MethodTest never = (access, name, descriptor) -> false;

        assertTrue(ClassDeclarations.anyDeclared(classFile, NONE, named("indexOf"), intIndexOf));
        assertTrue(seen.contains("indexOf(I)I"), seen::toString);
        assertTrue(seen.stream().allMatch(m -> m.startsWith("indexOf(")), seen::toString);
        assertFalse(ClassDeclarations.anyDeclared(classFile, NONE, named("indexOf"), never));
    }

    @Test
    void readsAJdkClass() {
        byte[] classFile = ClassFiles.of(String.class);

        assertTrue(ClassDeclarations.anyDeclared(classFile, NONE, named("indexOf")));
        assertTrue(ClassDeclarations.anyDeclared(classFile, named("java/lang/CharSequence"), NONE));
        assertFalse(ClassDeclarations.anyDeclared(classFile, named("java/lang/Runnable"), named("noSuchMethod")));
    }

    @Test
    void unreadableClassFilesAnswerMaybe() {
        byte[] classFile = ClassFiles.of(Fixture.class);

        assertTrue(ClassDeclarations.anyDeclared(Arrays.copyOf(classFile, 40), NONE, NONE), "truncated in the pool");
        int[] offsets = ConstantPool.entryOffsets(classFile);
        int afterPool = offsets[offsets.length - 1];
        assertTrue(ClassDeclarations.anyDeclared(Arrays.copyOf(classFile, afterPool + 12), NONE, NONE),
                "truncated after the pool");
        assertTrue(ClassDeclarations.anyDeclared(new byte[]{1, 2, 3, 4, 0, 0, 0, 52, 0, 1}, NONE, NONE),
                "not a class file");
        byte[] unknownTag = classFile.clone();
        unknownTag[10] = 99;
        assertTrue(ClassDeclarations.anyDeclared(unknownTag, NONE, NONE), "unknown constant tag");
    }

    @Test
    void theSmallestClassFileDeclaresNothing() {
        byte[] empty = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 52, 0, 1,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

        assertFalse(ClassDeclarations.anyDeclared(empty, NONE, NONE));
    }
}
