package io.perfagent.agent.instrument.asm;

import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Test helper: class files as {@code javac -parameters} writes them (a public class with a constructor and
 * {@code long find(long id, String name)} returning {@code id}), the same with the names stripped as a JDK's
 * retransformation hands them over, and a class loader that defines one and serves it as a resource.
 */
public final class NamedParameterClasses {

    private NamedParameterClasses() {
    }

    /** {@code internalName} with {@code find(long id, String name)}; {@code extraMethod} adds {@code void extra()}. */
    public static byte[] withNames(String internalName, boolean extraMethod) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, internalName, null, "java/lang/Object", null);
        MethodVisitor init = writer.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor find = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "find",
                "(JLjava/lang/String;)J", null, null);
        find.visitParameter("id", 0);
        find.visitParameter("name", Opcodes.ACC_FINAL);
        find.visitCode();
        find.visitVarInsn(Opcodes.LLOAD, 0);
        find.visitInsn(Opcodes.LRETURN);
        find.visitMaxs(0, 0);
        find.visitEnd();
        if (extraMethod) {
            MethodVisitor extra = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "extra", "()V",
                    null, null);
            extra.visitCode();
            extra.visitInsn(Opcodes.RETURN);
            extra.visitMaxs(0, 0);
            extra.visitEnd();
        }
        writer.visitEnd();
        return writer.toByteArray();
    }

    /**
     * {@code classFile} without any {@code MethodParameters} attribute but with its constant pool, which still names
     * the attribute: the shape JDK 17 hands a retransforming agent.
     */
    public static byte[] stripped(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature,
                        exceptions)) {
                    @Override
                    public void visitParameter(String parameter, int parameterAccess) {
                        // dropped
                    }
                };
            }
        }, 0);
        return writer.toByteArray();
    }

    /** The names reflection gives {@code find}'s parameters, e.g. {@code id,name} or {@code arg0,arg1}. */
    public static String findParameterNames(Class<?> type) throws NoSuchMethodException {
        Method find = type.getMethod("find", long.class, String.class);
        return Arrays.stream(find.getParameters()).map(Parameter::getName).collect(Collectors.joining(","));
    }

    /**
     * Defines {@code classFile} in a loader of its own that serves {@code served} as its class file resource
     * ({@code null}: none).
     */
    public static Class<?> define(String binaryName, byte[] classFile, byte[] served) {
        return new ServingLoader(binaryName, served).define(binaryName, classFile);
    }

    private static final class ServingLoader extends ClassLoader {
        private final String resource;
        private final byte[] served;

        ServingLoader(String binaryName, byte[] served) {
            super(NamedParameterClasses.class.getClassLoader());
            this.resource = binaryName.replace('.', '/') + ".class";
            this.served = served;
        }

        Class<?> define(String binaryName, byte[] classFile) {
            return defineClass(binaryName, classFile, 0, classFile.length);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            if (!name.equals(resource)) {
                return super.getResourceAsStream(name);
            }
            return served == null ? null : new ByteArrayInputStream(served);
        }
    }
}
