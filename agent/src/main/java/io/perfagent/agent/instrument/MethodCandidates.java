package io.perfagent.agent.instrument;

import io.perfagent.core.select.MethodSelector;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which loaded classes the method probe may weave, judged before their class files are parsed: by class name
 * ({@link MethodSelector#mayMatchClass}), and for an include naming one annotation, by whether the class's constant
 * pool references that annotation (an annotation on a class or on one of its methods always does). Everything is
 * prepared at construction; {@link #mayTransform} runs inside class loading and so uses no lambda, no string
 * concatenation and no lazily created map, which could need a JDK class that is being loaded at that moment.
 * Thread-safe.
 */
public final class MethodCandidates implements CandidateFilter {

    private final MethodSelector selector;
    /** Annotation binary name to its descriptor ({@code Lcom/example/Timed;}); read-only after construction. */
    private final Map<String, byte[]> descriptors = new HashMap<>();

    public MethodCandidates(MethodSelector selector) {
        this.selector = selector;
        for (String annotation : selector.literalAnnotations()) {
            descriptors.put(annotation, ("L" + annotation.replace('.', '/') + ";").getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public boolean mayTransform(String internalName, byte[] classFile) {
        return selector.mayMatchClass(internalName, new References(classFile, descriptors));
    }

    /** Does the class file reference this annotation? An annotation not prepared above answers "maybe". */
    private static final class References implements Predicate<String> {
        private final byte[] classFile;
        private final Map<String, byte[]> descriptors;

        References(byte[] classFile, Map<String, byte[]> descriptors) {
            this.classFile = classFile;
            this.descriptors = descriptors;
        }

        @Override
        public boolean test(String annotation) {
            byte[] descriptor = descriptors.get(annotation);
            return descriptor == null || ConstantPool.anyUtf8(classFile, new ConstantPool.Equals(descriptor));
        }
    }
}
