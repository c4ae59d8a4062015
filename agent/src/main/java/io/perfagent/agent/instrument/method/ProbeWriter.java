package io.perfagent.agent.instrument.method;

import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

import java.util.HashMap;
import java.util.Map;

/**
 * Rewrites a class file with the timing probe ({@link TimingProbe}) in the chosen methods. Two passes over the class
 * file: the first reads each chosen method's {@code max_locals} (where the probe's variables go), the second copies
 * the class with the probes woven in. Methods not chosen are copied as they are. Stateless.
 */
public final class ProbeWriter {

    private static final int JAVA_6 = 50;

    private ProbeWriter() {
    }

    /**
     * {@code classFile} with the probe in every method whose {@link DeclaredMethod#signature()} is a key of
     * {@code keyIds}, recording under that key id; {@code allocation} adds the allocated bytes.
     */
    public static byte[] weave(byte[] classFile, Map<String, Integer> keyIds, boolean allocation) {
        ClassReader reader = new ClassReader(classFile);
        Map<String, Integer> maxLocals = new HashMap<>();
        reader.accept(new MaxLocalsReader(keyIds, maxLocals), ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(new Weaver(writer, keyIds, maxLocals, allocation), ClassReader.EXPAND_FRAMES);
        return writer.toByteArray();
    }

    private static final class MaxLocalsReader extends ClassVisitor {
        private final Map<String, Integer> keyIds;
        private final Map<String, Integer> maxLocals;

        MaxLocalsReader(Map<String, Integer> keyIds, Map<String, Integer> maxLocals) {
            super(Opcodes.ASM9);
            this.keyIds = keyIds;
            this.maxLocals = maxLocals;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            String method = name + descriptor;
            if (!keyIds.containsKey(method)) {
                return null;
            }
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitMaxs(int maxStack, int locals) {
                    maxLocals.put(method, locals);
                }
            };
        }
    }

    private static final class Weaver extends ClassVisitor {
        private final Map<String, Integer> keyIds;
        private final Map<String, Integer> maxLocals;
        private final boolean allocation;
        private boolean writesFrames;

        Weaver(ClassVisitor target, Map<String, Integer> keyIds, Map<String, Integer> maxLocals, boolean allocation) {
            super(Opcodes.ASM9, target);
            this.keyIds = keyIds;
            this.maxLocals = maxLocals;
            this.allocation = allocation;
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
            String method = name + descriptor;
            Integer keyId = keyIds.get(method);
            Integer locals = maxLocals.get(method);
            if (keyId == null || locals == null || target == null) {
                return target; // not chosen, or no code to weave
            }
            return new TimingProbe(target, keyId, allocation, name.equals("<init>"), locals, writesFrames);
        }
    }
}
