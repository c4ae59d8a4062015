package io.perfagent.agent.instrument.method;

import io.perfagent.agent.instrument.asm.ClassRewriter;
import net.bytebuddy.jar.asm.MethodVisitor;

import java.util.Map;

/** Rewrites a class file with the timing probe ({@link TimingProbe}) in the chosen methods. For one class file. */
public final class ProbeWriter extends ClassRewriter {

    private final Map<String, Integer> keyIds;
    private final boolean allocation;

    private ProbeWriter(Map<String, Integer> keyIds, boolean allocation) {
        this.keyIds = keyIds;
        this.allocation = allocation;
    }

    /**
     * {@code classFile} with the probe in every method whose {@link DeclaredMethod#signature()} is a key of
     * {@code keyIds}, recording under that key id; {@code allocation} adds the allocated bytes.
     */
    public static byte[] weave(byte[] classFile, Map<String, Integer> keyIds, boolean allocation) {
        return new ProbeWriter(keyIds, allocation).rewrite(classFile);
    }

    @Override
    protected boolean probes(int access, String name, String descriptor) {
        return keyIds.containsKey(name + descriptor);
    }

    @Override
    protected MethodVisitor probe(MethodVisitor target, int access, String name, String descriptor, int firstFreeSlot,
                                  boolean writesFrames) {
        return new TimingProbe(target, keyIds.get(name + descriptor), allocation, name.equals("<init>"),
                firstFreeSlot, writesFrames);
    }
}
