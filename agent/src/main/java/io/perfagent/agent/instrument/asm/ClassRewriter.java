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
 * of its own ({@link #members}). Each chosen method's {@code max_locals} (where the probe's variables go) is read from
 * the class file first, then one pass copies the class with the probes woven in; methods not chosen are copied as
 * they are. The writer computes nothing: a probe gives its method's maximum stack and locals ({@link ProbedMethod}),
 * and frames are the method's own with the probe's locals appended, so it never loads a class to merge types.
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
        Map<String, Integer> maxLocals = maxLocals(reader);
        ClassWriter writer = new ClassWriter(reader, 0); // nothing computed: the probes give their max_stack
        reader.accept(new Probes(members(writer), maxLocals), ClassReader.EXPAND_FRAMES);
        return writer.toByteArray();
    }

    /**
     * {@code max_locals} of each chosen method with code, by name and descriptor, read from its {@code Code}
     * attribute's header: the probe's variables go above it. Reading the header rather than visiting the method's
     * instructions halves the code ASM parses per woven class (weaving happens while classes load, often still
     * interpreted). A chosen method without code (abstract, native) has no entry.
     */
    private Map<String, Integer> maxLocals(ClassReader reader) {
        Map<String, Integer> maxLocals = new HashMap<>();
        char[] buffer = new char[reader.getMaxStringLength()];
        int at = reader.header + 6; // access_flags, this_class, super_class
        at += 2 + 2 * reader.readUnsignedShort(at); // interfaces
        int fields = reader.readUnsignedShort(at);
        at += 2;
        for (int i = 0; i < fields; i++) {
            at = skipAttributes(reader, at + 6);
        }
        int methods = reader.readUnsignedShort(at);
        at += 2;
        for (int i = 0; i < methods; i++) {
            int access = reader.readUnsignedShort(at);
            String name = reader.readUTF8(at + 2, buffer);
            String descriptor = reader.readUTF8(at + 4, buffer);
            int attributes = reader.readUnsignedShort(at + 6);
            at += 8;
            boolean chosen = probes(access, name, descriptor);
            for (int a = 0; a < attributes; a++) {
                if (chosen && "Code".equals(reader.readUTF8(at, buffer))) {
                    maxLocals.put(name + descriptor, reader.readUnsignedShort(at + 8)); // after max_stack
                }
                at += 6 + reader.readInt(at + 2);
            }
        }
        return maxLocals;
    }

    /** Skips the attributes of a field_info or method_info whose attributes_count is at {@code at}. */
    private static int skipAttributes(ClassReader reader, int at) {
        int attributes = reader.readUnsignedShort(at);
        at += 2;
        for (int a = 0; a < attributes; a++) {
            at += 6 + reader.readInt(at + 2);
        }
        return at;
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
