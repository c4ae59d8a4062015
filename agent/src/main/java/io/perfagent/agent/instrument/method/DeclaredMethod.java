package io.perfagent.agent.instrument.method;

import io.perfagent.core.select.MethodFacts;
import net.bytebuddy.jar.asm.AnnotationVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** One method or constructor as its class file declares it ({@link ClassFile}). For the thread that read it. */
public final class DeclaredMethod implements MethodFacts {

    private final String name;
    private final String descriptor;
    private final int access;
    private final List<String> annotations = new ArrayList<>();
    private List<String> parameters;

    DeclaredMethod(String name, String descriptor, int access) {
        this.name = name;
        this.descriptor = descriptor;
        this.access = access;
    }

    /** JVM name and descriptor, e.g. {@code find(J)Lcom/example/Order;}: unique within its class. */
    public String signature() {
        return name + descriptor;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int modifiers() {
        return access;
    }

    @Override
    public List<String> parameterTypeNames() {
        if (parameters == null) {
            List<String> names = new ArrayList<>();
            for (Type parameter : Type.getArgumentTypes(descriptor)) {
                names.add(parameter.getClassName());
            }
            parameters = names;
        }
        return parameters;
    }

    @Override
    public Collection<String> annotationNames() {
        return annotations;
    }

    @Override
    public boolean isConstructor() {
        return name.equals("<init>");
    }

    MethodVisitor annotationReader() {
        return new MethodVisitor(Opcodes.ASM9) {
            @Override
            public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                annotations.add(ClassFile.annotationName(annotation));
                return null;
            }
        };
    }
}
