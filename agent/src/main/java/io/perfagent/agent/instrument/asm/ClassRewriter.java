package io.perfagent.agent.instrument.asm;

import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

import java.util.HashMap;
import java.util.Map;

/**
 * Rewrites one class file with probes ({@link ProbedMethod}) in the methods a subclass chooses, and optionally members
 * of its own ({@link #members}). Two passes: the first reads each chosen method's {@code max_locals} (where the
 * probe's variables go), the second copies the class with the probes woven in; methods not chosen are copied as they
 * are. The writer recomputes maximum stack and locals but never frames, so it never loads a class to merge types.
 * For one class file, on one thread.
 */
public abstract class ClassRewriter {

    private static final int JAVA_6 = 50;

    /** Whether the method gets a probe (asked before its code is read). */
    protected abstract boolean probes(int access, String name, String descriptor);

    /**
     * The probe for a chosen method with code, writing to {@code target}; {@code null} leaves the method as it is.
     *
     * @param firstFreeSlot the method's {@code max_locals}
     * @param writesFrames  whether the class file carries stack map frames
     */
    protected abstract MethodVisitor probe(MethodVisitor target, int access, String name, String descriptor,
                                           int firstFreeSlot, boolean writesFrames);

    /** The visitor that adds this rewrite's own interfaces, fields or methods in front of {@code target}. */
    protected ClassVisitor members(ClassVisitor target) {
        return target;
    }

    public final byte[] rewrite(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        Map<String, Integer> maxLocals = new HashMap<>();
        reader.accept(new MaxLocals(maxLocals), ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(new Probes(members(writer), maxLocals), ClassReader.EXPAND_FRAMES);
        return writer.toByteArray();
    }

    private final class MaxLocals extends ClassVisitor {
        private final Map<String, Integer> maxLocals;

        MaxLocals(Map<String, Integer> maxLocals) {
            super(Opcodes.ASM9);
            this.maxLocals = maxLocals;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            if (!probes(access, name, descriptor)) {
                return null;
            }
            String method = name + descriptor;
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitMaxs(int maxStack, int locals) {
                    maxLocals.put(method, locals);
                }
            };
        }
    }

    private final class Probes extends ClassVisitor {
        private final Map<String, Integer> maxLocals;
        private boolean writesFrames;

        Probes(ClassVisitor target, Map<String, Integer> maxLocals) {
            super(Opcodes.ASM9, target);
            this.maxLocals = maxLocals;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                          String[] interfaces) {
            writesFrames = (version & 0xFFFF) >= JAVA_6;
            super.visit(version, access, name, signature, superName, interfaces);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            MethodVisitor target = super.visitMethod(access, name, descriptor, signature, exceptions);
            Integer locals = maxLocals.get(name + descriptor);
            if (locals == null || target == null) {
                return target; // not chosen, or no code to weave
            }
            MethodVisitor probe = probe(target, access, name, descriptor, locals, writesFrames);
            return probe != null ? probe : target;
        }
    }
}
