package io.perfagent.agent.instrument.jdbc;

import io.perfagent.bootstrap.JdbcKeyHolder;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

import java.util.Arrays;

/**
 * Gives a statement class two private fields and {@link JdbcKeyHolder}'s accessors for them, so a statement carries
 * its key id and batch state itself (one field read per execution, gone with the statement). Only possible while a
 * class is first defined — a retransformation may not add fields — so the JDBC transformer adds them to new classes,
 * and again, identically, when a class that has them is retransformed. For one class file.
 */
final class HolderFields extends ClassVisitor {

    static final String KEY_ID = "perfagent$keyId";
    static final String BATCH = "perfagent$batch";
    private static final String HOLDER = JdbcKeyHolder.class.getName().replace('.', '/');
    private static final int FIELD_ACCESS = Opcodes.ACC_PRIVATE | Opcodes.ACC_TRANSIENT | Opcodes.ACC_SYNTHETIC;

    private String owner;

    HolderFields(ClassVisitor target) {
        super(Opcodes.ASM9, target);
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        owner = name;
        String[] withHolder = interfaces;
        if (!Arrays.asList(interfaces).contains(HOLDER)) {
            withHolder = Arrays.copyOf(interfaces, interfaces.length + 1);
            withHolder[interfaces.length] = HOLDER;
        }
        super.visit(version, access, name, signature, superName, withHolder);
    }

    @Override
    public void visitEnd() {
        super.visitField(FIELD_ACCESS, KEY_ID, "I", null, null).visitEnd();
        super.visitField(FIELD_ACCESS, BATCH, "Ljava/lang/Object;", null, null).visitEnd();
        getter(KEY_ID, "I", Opcodes.IRETURN);
        setter(KEY_ID, "I", Opcodes.ILOAD);
        getter(BATCH, "Ljava/lang/Object;", Opcodes.ARETURN);
        setter(BATCH, "Ljava/lang/Object;", Opcodes.ALOAD);
        super.visitEnd();
    }

    private void getter(String field, String type, int returnOpcode) {
        MethodVisitor method = super.visitMethod(Opcodes.ACC_PUBLIC, field, "()" + type, null, null);
        method.visitCode();
        method.visitVarInsn(Opcodes.ALOAD, 0);
        method.visitFieldInsn(Opcodes.GETFIELD, owner, field, type);
        method.visitInsn(returnOpcode);
        method.visitMaxs(1, 1); // this, then the field's value (an int or a reference)
        method.visitEnd();
    }

    private void setter(String field, String type, int loadOpcode) {
        MethodVisitor method = super.visitMethod(Opcodes.ACC_PUBLIC, field, "(" + type + ")V", null, null);
        method.visitCode();
        method.visitVarInsn(Opcodes.ALOAD, 0);
        method.visitVarInsn(loadOpcode, 1);
        method.visitFieldInsn(Opcodes.PUTFIELD, owner, field, type);
        method.visitInsn(Opcodes.RETURN);
        method.visitMaxs(2, 2); // this and the value
        method.visitEnd();
    }

    /** True when {@code type} was defined with the fields (so a retransformation must keep them). */
    static boolean declaredBy(Class<?> type) {
        try {
            type.getDeclaredField(KEY_ID);
            return true;
        } catch (NoSuchFieldException | LinkageError | SecurityException absent) {
            return false;
        }
    }
}
