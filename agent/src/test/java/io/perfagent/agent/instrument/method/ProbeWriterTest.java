package io.perfagent.agent.instrument.method;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixtures.probe.Shapes;
import io.perfagent.agent.instrument.ClassFiles;
import io.perfagent.agent.instrument.asm.ClassHeaders;
import io.perfagent.bootstrap.Recorders;
import io.perfagent.bootstrap.SampleConsumer;
import io.perfagent.bootstrap.Samples;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Weaves real classes, defines them (so the JVM verifies the woven code), calls them next to the originals and reads
 * what the probes recorded: results and exceptions must be unchanged, and every call counted once under its key,
 * exceptions as errors.
 */
class ProbeWriterTest {

    /** Key ids no other test records under: well above what the agent tests register. */
    private static final int FIRST_KEY = 3000;

    private final Map<Integer, long[]> recorded = new HashMap<>(); // key id -> {calls, errors, with allocation}

    @BeforeEach
    void forgetEarlierSamples() {
        drain();
        recorded.clear();
    }

    @Test
    void wovenMethodsBehaveAsBeforeAndRecordEachCall() throws Exception {
        Map<String, Integer> keys = keysForEveryMethod(Shapes.class);
        Class<?> woven = define(Shapes.class, ProbeWriter.weave(ClassFiles.of(Shapes.class), keys, false));
        Object original = new Shapes(3);
        Object instance = woven.getConstructor(int.class).newInstance(3);

        assertSame(original, instance, "add", new Class<?>[] {int.class, int.class}, 4, 5);
        assertSame(original, instance, "countdown", new Class<?>[] {int.class}, 7);
        assertSame(original, instance, "sumTo", new Class<?>[] {long.class}, 100_000L);
        assertSame(original, instance, "mixed", new Class<?>[] {double.class, long.class, String.class}, 1.5, 4L, "");
        assertSame(original, instance, "mixed", new Class<?>[] {double.class, long.class, String.class}, 1.5, 4L, null);
        assertSame(original, instance, "parseOr", new Class<?>[] {String.class, int.class}, "12", 0);
        assertSame(original, instance, "parseOr", new Class<?>[] {String.class, int.class}, "x", -1);
        assertSame(original, instance, "locked", new Class<?>[] {int.class}, 41);
        assertSame(original, instance, "kind", new Class<?>[] {int.class}, 40);
        assertSame(original, instance, "kind", new Class<?>[] {int.class}, 9);
        assertSame(original, instance, "withFinally", new Class<?>[] {List.class, int.class}, new ArrayList<>(), 2);
        assertSame(original, instance, "withFinally", new Class<?>[] {List.class, int.class}, new ArrayList<>(), -2);
        assertSame(original, instance, "fail", new Class<?>[] {String.class}, "boom");
        assertThrows(InvocationTargetException.class, () -> woven.getConstructor(int.class).newInstance(-1));
        drain();

        assertCalls(keys, "<init>(I)V", 1, 0); // the failed construction is not recorded (normal completion only)
        assertCalls(keys, "<init>()V", 0, 0);
        assertCalls(keys, "add(II)I", 1, 0);
        assertCalls(keys, "countdown(I)I", 1, 0);
        assertCalls(keys, "sumTo(J)J", 1, 0);
        assertCalls(keys, "mixed(DJLjava/lang/String;)D", 2, 0);
        assertCalls(keys, "parseOr(Ljava/lang/String;I)I", 2, 0); // caught inside: not an error of the call
        assertCalls(keys, "locked(I)I", 1, 0);
        assertCalls(keys, "kind(I)Ljava/lang/String;", 2, 0);
        assertCalls(keys, "withFinally(Ljava/util/List;I)I", 2, 1);
        assertCalls(keys, "fail(Ljava/lang/String;)V", 1, 1);
    }

    @Test
    void allocationTrackingPassesTheAllocatedBytes() throws Exception {
        Map<String, Integer> keys = keysForEveryMethod(Shapes.class);
        Class<?> woven = define(Shapes.class, ProbeWriter.weave(ClassFiles.of(Shapes.class), keys, true));
        Object instance = woven.getConstructor().newInstance();

        List<?> list = (List<?>) woven.getMethod("allocates", int.class).invoke(instance, 1000);
        assertEquals(1000, list.size());
        assertThrows(InvocationTargetException.class, () -> woven.getMethod("fail", String.class).invoke(instance, "x"));
        drain();

        long[] allocates = recorded.get(keys.get("allocates(I)Ljava/util/List;"));
        assertEquals(1, allocates[0]);
        assertEquals(1, allocates[2], "the call carries an allocation sample");
        assertCalls(keys, "fail(Ljava/lang/String;)V", 1, 1);
        assertCalls(keys, "<init>()V", 1, 0);
        assertCalls(keys, "<init>(I)V", 1, 0);
    }

    @Test
    void keyIdsOfAnySizeAreWovenAsConstants() throws Exception {
        int[] ids = {0, 5, 6, 127, 128, 32767, 32768, 1_000_000};
        for (int id : ids) {
            Map<String, Integer> keys = Map.of("add(II)I", id);
            Class<?> woven = define(Shapes.class, ProbeWriter.weave(ClassFiles.of(Shapes.class), keys, false));
            Object instance = woven.getConstructor().newInstance();
            assertEquals(3, woven.getMethod("add", int.class, int.class).invoke(instance, 1, 2));
        }
        int capacity = 1_000_001;
        Recorders.setKeyCapacity(capacity); // the overflow counters must cover the largest id
        try {
            drain();
        } finally {
            Recorders.setKeyCapacity(4096);
        }
        for (int id : ids) {
            assertEquals(1, recorded.get(id)[0], "key id " + id);
        }
    }

    @Test
    void classFilesWithoutStackMapFramesAreWovenToo() throws Exception {
        byte[] java5 = java5Class();
        Map<String, Integer> keys = Map.of("sign(I)I", FIRST_KEY);
        Class<?> woven = define("fixtures.probe.Java5", ProbeWriter.weave(java5, keys, false));
        Method sign = woven.getMethod("sign", int.class);

        assertEquals(1, sign.invoke(null, 4));
        assertEquals(-1, sign.invoke(null, -4));
        InvocationTargetException thrown = assertThrows(InvocationTargetException.class, () -> sign.invoke(null, 0));
        assertTrue(thrown.getCause() instanceof ArithmeticException, thrown.getCause().toString());
        drain();

        assertCalls(keys, "sign(I)I", 3, 1);
    }

    /** One key id per declared method or constructor, from {@link #FIRST_KEY} on. */
    private static Map<String, Integer> keysForEveryMethod(Class<?> type) {
        Map<String, Integer> keys = new HashMap<>();
        ClassFile file = ClassFile.read(ClassFiles.of(type), ClassHeaders.of(type.getClassLoader()));
        for (DeclaredMethod method : file.methods()) {
            keys.put(method.signature(), FIRST_KEY + keys.size());
        }
        return keys;
    }

    private void assertCalls(Map<String, Integer> keys, String method, long calls, long errors) {
        long[] counts = recorded.getOrDefault(keys.get(method), new long[3]);
        assertEquals(calls, counts[0], method + " calls");
        assertEquals(errors, counts[1], method + " errors");
    }

    private static void assertSame(Object original, Object woven, String name, Class<?>[] parameters, Object... args)
            throws Exception {
        Object expected;
        try {
            expected = original.getClass().getMethod(name, parameters).invoke(original, args);
        } catch (InvocationTargetException e) {
            InvocationTargetException actual = assertThrows(InvocationTargetException.class,
                    () -> woven.getClass().getMethod(name, parameters).invoke(woven, args));
            assertEquals(e.getCause().getClass(), actual.getCause().getClass());
            assertEquals(e.getCause().getMessage(), actual.getCause().getMessage());
            return;
        }
        Object actual = woven.getClass().getMethod(name, parameters).invoke(woven, args);
        if (expected instanceof Object[]) {
            assertArrayEquals((Object[]) expected, (Object[]) actual);
        } else {
            assertEquals(expected, actual, name);
        }
    }

    private void drain() {
        Recorders.drain(new SampleConsumer() {
            @Override
            public void accept(long packed, long allocatedBytes) {
                long[] counts = recorded.computeIfAbsent(Samples.keyId(packed), k -> new long[3]);
                counts[0]++;
                counts[1] += Samples.isError(packed) ? 1 : 0;
                counts[2] += allocatedBytes >= 0 ? 1 : 0;
            }

            @Override
            public void acceptUnsampled(int keyId, long calls, long errors) {
                long[] counts = recorded.computeIfAbsent(keyId, k -> new long[3]);
                counts[0] += calls;
                counts[1] += errors;
            }

            @Override
            public void acceptCounted(int keyId, boolean secondValue, long bucketValue, long calls) {
                long[] counts = recorded.computeIfAbsent(keyId, k -> new long[3]);
                counts[secondValue ? 2 : 0] += calls;
            }

            @Override
            public void acceptCountedErrors(int keyId, long errors) {
                recorded.computeIfAbsent(keyId, k -> new long[3])[1] += errors;
            }
        });
    }

    private static Class<?> define(Class<?> type, byte[] classFile) {
        return define(type.getName(), classFile);
    }

    /** Defines {@code classFile} in a loader of its own, which the JVM verifies like any application class. */
    private static Class<?> define(String name, byte[] classFile) {
        return new ClassLoader(ProbeWriterTest.class.getClassLoader()) {
            Class<?> define() {
                return defineClass(name, classFile, 0, classFile.length);
            }
        }.define();
    }

    /**
     * A Java 5 class file (no stack map frames): {@code static int sign(int x)} returns 1 or -1, and divides by
     * {@code x} first so that 0 throws.
     */
    private static byte[] java5Class() {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V1_5, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "fixtures/probe/Java5", null,
                "java/lang/Object", null);
        MethodVisitor sign = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "sign", "(I)I", null, null);
        sign.visitCode();
        sign.visitInsn(Opcodes.ICONST_1);
        sign.visitVarInsn(Opcodes.ILOAD, 0);
        sign.visitInsn(Opcodes.IDIV);
        sign.visitInsn(Opcodes.POP);
        Label negative = new Label();
        sign.visitVarInsn(Opcodes.ILOAD, 0);
        sign.visitJumpInsn(Opcodes.IFLT, negative);
        sign.visitInsn(Opcodes.ICONST_1);
        sign.visitInsn(Opcodes.IRETURN);
        sign.visitLabel(negative);
        sign.visitInsn(Opcodes.ICONST_M1);
        sign.visitInsn(Opcodes.IRETURN);
        sign.visitMaxs(0, 0);
        sign.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }
}
