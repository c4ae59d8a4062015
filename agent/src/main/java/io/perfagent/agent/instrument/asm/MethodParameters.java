package io.perfagent.agent.instrument.asm;

import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies the {@code MethodParameters} attributes (the parameter names {@code javac -parameters} records, which
 * {@code Method.getParameters()} and frameworks such as Spring MVC read) from a class's original class file into
 * another version of the same class that lost them. Some JDKs (17 among them) hand a retransforming agent a class file
 * rebuilt from the loaded class without that attribute, and whatever the agent returns replaces the class: without
 * this copy a retransformation would rename every parameter to {@code arg0}, {@code arg1}, ... Stateless.
 */
public final class MethodParameters {

    private MethodParameters() {
    }

    /**
     * {@code target} with the parameters of each of its methods that {@code original} names, or {@code null} when
     * there is nothing to copy: {@code original} records none, {@code target} records some (it kept them), or
     * {@code original} is not the same class (another name, or a method {@code target} lacks: another version of it).
     */
    public static byte[] copy(byte[] original, byte[] target) {
        ClassReader from = new ClassReader(original);
        ClassReader into = new ClassReader(target);
        if (!from.getClassName().equals(into.getClassName())) {
            return null;
        }
        Map<String, List<Parameter>> parameters = new HashMap<>();
        Set<String> originalMethods = new HashSet<>();
        from.accept(new Recorder(parameters, originalMethods), ClassReader.SKIP_CODE);
        Map<String, List<Parameter>> kept = new HashMap<>();
        Set<String> targetMethods = new HashSet<>();
        into.accept(new Recorder(kept, targetMethods), ClassReader.SKIP_CODE);
        if (parameters.isEmpty() || !kept.isEmpty() || !targetMethods.containsAll(originalMethods)) {
            return null;
        }
        ClassWriter writer = new ClassWriter(into, 0);
        into.accept(new Adder(writer, parameters), 0);
        return writer.toByteArray();
    }

    private record Parameter(String name, int access) {
    }

    /** Collects every method's name and descriptor, and the parameters of those that record any. */
    private static final class Recorder extends ClassVisitor {
        private final Map<String, List<Parameter>> parameters;
        private final Set<String> methods;

        Recorder(Map<String, List<Parameter>> parameters, Set<String> methods) {
            super(Opcodes.ASM9);
            this.parameters = parameters;
            this.methods = methods;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            String method = name + descriptor;
            methods.add(method);
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitParameter(String parameter, int parameterAccess) {
                    parameters.computeIfAbsent(method, m -> new ArrayList<>())
                            .add(new Parameter(parameter, parameterAccess));
                }
            };
        }
    }

    /** Writes the recorded parameters first in each method that has none of its own. */
    private static final class Adder extends ClassVisitor {
        private final Map<String, List<Parameter>> parameters;

        Adder(ClassVisitor target, Map<String, List<Parameter>> parameters) {
            super(Opcodes.ASM9, target);
            this.parameters = parameters;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            MethodVisitor target = super.visitMethod(access, name, descriptor, signature, exceptions);
            List<Parameter> names = parameters.get(name + descriptor);
            if (target == null || names == null) {
                return target; // copied as it is
            }
            for (Parameter parameter : names) {
                target.visitParameter(parameter.name(), parameter.access());
            }
            // wrapped, so the writer re-emits the method (with the parameters) instead of copying its old bytes
            return new MethodVisitor(Opcodes.ASM9, target) {
            };
        }
    }
}
