package io.perfagent.agent.instrument.asm;

import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * A small generated class file that transformers read and weave once when they are created, so that the classes they
 * use are loaded before the JVM first calls them from the middle of loading some other class. It declares
 * {@code static int sign(int)} and {@code boolean execute(String)}, each with a branch (so with a stack map frame).
 */
public final class WarmUpClass {

    public static final String NAME = "perfagent/WarmUp";

    private WarmUpClass() {
    }

    public static byte[] bytes() {
        ClassWriter writer = new ClassWriter(0);
        writer.visit(Opcodes.V11, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, NAME, null, "java/lang/Object", null);
        MethodVisitor sign = writer.visitMethod(Opcodes.ACC_STATIC, "sign", "(I)I", null, null);
        branch(sign, Opcodes.ILOAD, 0, Opcodes.IFLT);
        MethodVisitor execute = writer.visitMethod(Opcodes.ACC_PUBLIC, "execute", "(Ljava/lang/String;)Z", null, null);
        branch(execute, Opcodes.ALOAD, 1, Opcodes.IFNULL);
        writer.visitEnd();
        return writer.toByteArray();
    }

    /** {@code return <test>(argument) ? 0 : 1}. */
    private static void branch(MethodVisitor method, int load, int slot, int test) {
        method.visitCode();
        Label other = new Label();
        method.visitVarInsn(load, slot);
        method.visitJumpInsn(test, other);
        method.visitInsn(Opcodes.ICONST_1);
        method.visitInsn(Opcodes.IRETURN);
        method.visitLabel(other);
        method.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
        method.visitInsn(Opcodes.ICONST_0);
        method.visitInsn(Opcodes.IRETURN);
        method.visitMaxs(1, slot + 1); // one value on the stack; the argument is the last local
        method.visitEnd();
    }
}
