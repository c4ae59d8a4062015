package io.perfagent.agent.instrument.jdbc;

import io.perfagent.agent.instrument.asm.ClassBytes;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * A data source whose {@code getConnection} is inherited from a base class that is not itself a DataSource (the
 * PostgreSQL driver's {@code PGSimpleDataSource} inherits it from {@code BaseDataSource}) has nothing to weave: the
 * base class was never matched. Such a class gets timed overrides that call the inherited method. Adding methods is
 * possible only while a class is first defined, so this applies to new classes, and again, identically, to those
 * retransformed that were defined with the overrides. For one class file.
 */
final class InheritedGetConnection extends ClassVisitor {

    private static final String[] PARAMETER_LISTS = {"()", "(Ljava/lang/String;Ljava/lang/String;)"};
    private static final int NOT_OVERRIDABLE = Opcodes.ACC_ABSTRACT | Opcodes.ACC_FINAL | Opcodes.ACC_STATIC
            | Opcodes.ACC_PRIVATE;

    /** An inherited {@code getConnection} to override: its exact descriptor, access and declared exceptions. */
    record Inherited(String descriptor, int access, String[] exceptions) {
    }

    private final List<Inherited> overrides;
    private String superName;
    private boolean writesFrames;

    InheritedGetConnection(ClassVisitor target, List<Inherited> overrides) {
        super(Opcodes.ASM9, target);
        this.overrides = overrides;
    }

    /**
     * The {@code getConnection} variants the class file does not declare but inherits with a body from a superclass
     * its loader can read; {@code redefined} (a retransformation) keeps only those it was defined with.
     */
    static List<Inherited> find(ClassReader type, ClassLoader loader, Class<?> redefined) {
        List<Inherited> found = new ArrayList<>();
        for (String parameters : PARAMETER_LISTS) {
            if (declares(type, parameters) != null) {
                continue;
            }
            Inherited inherited = inherited(type.getSuperName(), parameters, loader);
            if (inherited != null && (redefined == null || declaredBy(redefined, inherited.descriptor()))) {
                found.add(inherited);
            }
        }
        return found;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        this.superName = superName;
        this.writesFrames = (version & 0xFFFF) >= 50;
        super.visit(version, access, name, signature, superName, interfaces);
    }

    @Override
    public void visitEnd() {
        for (Inherited inherited : overrides) {
            override(inherited);
        }
        super.visitEnd();
    }

    /** {@code return super.getConnection(...)}, with the pool probe around it. */
    private void override(Inherited inherited) {
        Type[] arguments = Type.getArgumentTypes(inherited.descriptor());
        MethodVisitor target = super.visitMethod(inherited.access(), JdbcMethods.GET_CONNECTION,
                inherited.descriptor(), null, inherited.exceptions());
        MethodVisitor method = new JdbcProbe(target, JdbcProbe.Kind.GET_CONNECTION, 1 + arguments.length,
                writesFrames);
        method.visitCode();
        method.visitVarInsn(Opcodes.ALOAD, 0);
        for (int i = 0; i < arguments.length; i++) {
            method.visitVarInsn(Opcodes.ALOAD, 1 + i);
        }
        method.visitMethodInsn(Opcodes.INVOKESPECIAL, superName, JdbcMethods.GET_CONNECTION, inherited.descriptor(),
                false);
        method.visitInsn(Opcodes.ARETURN);
        int slots = 1 + arguments.length; // this and the arguments, all references (user and password)
        method.visitMaxs(slots, slots);
        method.visitEnd();
    }

    /** The nearest superclass's {@code getConnection} with these parameters, if it can be overridden. */
    private static Inherited inherited(String superName, String parameters, ClassLoader loader) {
        String current = superName;
        while (current != null && !current.equals("java/lang/Object")) {
            ClassReader superclass = read(current, loader);
            if (superclass == null) {
                return null;
            }
            Inherited declared = declares(superclass, parameters);
            if (declared != null) {
                boolean visible = (declared.access() & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0;
                return visible && (declared.access() & NOT_OVERRIDABLE) == 0 ? declared : null;
            }
            current = superclass.getSuperName();
        }
        return null;
    }

    private static Inherited declares(ClassReader type, String parameters) {
        Inherited[] found = new Inherited[1];
        type.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                if (found[0] == null && name.equals(JdbcMethods.GET_CONNECTION) && descriptor.startsWith(parameters)
                        && (access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) == 0) {
                    int kept = access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED | Opcodes.ACC_ABSTRACT
                            | Opcodes.ACC_FINAL | Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE);
                    found[0] = new Inherited(descriptor, kept, exceptions);
                }
                return null;
            }
        }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return found[0];
    }

    private static ClassReader read(String internalName, ClassLoader loader) {
        byte[] classFile = ClassBytes.of(loader, internalName);
        try {
            return classFile == null ? null : new ClassReader(classFile);
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    private static boolean declaredBy(Class<?> type, String descriptor) {
        try {
            for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
                if (method.getName().equals(JdbcMethods.GET_CONNECTION)
                        && Type.getMethodDescriptor(method).equals(descriptor)) {
                    return true;
                }
            }
            return false;
        } catch (LinkageError | SecurityException unreadable) {
            return false;
        }
    }
}
