package io.perfagent.agent.instrument;

import io.perfagent.core.select.MethodSelector;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which loaded classes the method probe may weave, judged before Byte Buddy sees them: by class name
 * ({@link MethodSelector#mayMatchClass}), and for an include naming one annotation, by whether the class's constant
 * pool references that annotation (an annotation on a class or on one of its methods always does). Thread-safe.
 */
final class MethodCandidates implements CandidateFilter {

    private final MethodSelector selector;
    private final Map<String, byte[]> descriptors = new ConcurrentHashMap<>();

    MethodCandidates(MethodSelector selector) {
        this.selector = selector;
    }

    @Override
    public boolean mayTransform(String internalName, byte[] classFile) {
        return selector.mayMatchClass(internalName, annotation -> references(classFile, descriptorOf(annotation)));
    }

    private static boolean references(byte[] classFile, byte[] descriptor) {
        return ConstantPool.anyUtf8(classFile, (bytes, offset, length) ->
                ConstantPool.equals(bytes, offset, length, descriptor));
    }

    private byte[] descriptorOf(String annotation) {
        return descriptors.computeIfAbsent(annotation, name ->
                ('L' + name.replace('.', '/') + ';').getBytes(StandardCharsets.UTF_8));
    }
}
