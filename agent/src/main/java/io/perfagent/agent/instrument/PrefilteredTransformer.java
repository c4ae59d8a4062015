package io.perfagent.agent.instrument;

import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;

import java.lang.instrument.IllegalClassFormatException;
import java.security.ProtectionDomain;

/**
 * Puts a {@link CandidateFilter} in front of a probe's Byte Buddy transformer. Byte Buddy describes every class the
 * application loads before its matchers can say no (tens of microseconds each, far more while its own code is still
 * interpreted at start-up); the filter answers most classes from the name and the constant pool, so start-up pays
 * Byte Buddy only for the few classes a probe may weave. Reset (detach) still goes through Byte Buddy, which removes
 * this wrapper, the transformer actually registered. A filter that throws lets the class through: it can only cost
 * time, never a probe.
 *
 * <p>A class loaded by the same thread while a filter or Byte Buddy is at work is passed over ({@link TransformGuard}).
 * Thread-safe.
 */
public final class PrefilteredTransformer extends ResettableClassFileTransformer.WithDelegation {

    private static final ClassLoader AGENT_LOADER = PrefilteredTransformer.class.getClassLoader();
    /**
     * The smallest class file the filters can read: magic, version, an empty constant pool, then zeros for the access
     * flags, this and super class, and empty interface, field, method and attribute tables.
     */
    static final byte[] EMPTY_CLASS_FILE = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 52, 0, 1,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    private final CandidateFilter candidates;

    private PrefilteredTransformer(ResettableClassFileTransformer delegate, CandidateFilter candidates) {
        super(delegate);
        this.candidates = candidates;
        // Runs the filter once before the JVM can call it, so every class it uses is loaded by then.
        mayTransform(null, "perfagent/FilterWarmUp", EMPTY_CLASS_FILE);
        TransformGuard.flag();
    }

    /** Decorates the transformer an agent builder makes with {@code candidates}. */
    public static AgentBuilder.TransformerDecorator decorator(CandidateFilter candidates) {
        return transformer -> new PrefilteredTransformer(transformer, candidates);
    }

    @Override
    public byte[] transform(ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain,
                            byte[] classFile) throws IllegalClassFormatException {
        return transform(null, loader, name, redefined, domain, classFile);
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain,
                            byte[] classFile) throws IllegalClassFormatException {
        boolean[] busy = TransformGuard.flag();
        if (busy[0]) {
            return null;
        }
        busy[0] = true;
        try {
            if (!mayTransform(loader, name, classFile)) {
                return null;
            }
            return module == null ? classFileTransformer.transform(loader, name, redefined, domain, classFile)
                    : classFileTransformer.transform(module, loader, name, redefined, domain, classFile);
        } finally {
            busy[0] = false;
        }
    }

    private boolean mayTransform(ClassLoader loader, String name, byte[] classFile) {
        if (loader == AGENT_LOADER && loader != null) {
            return false; // the agent's own libraries are never woven
        }
        if (name == null || classFile == null) {
            return true;
        }
        try {
            return candidates.mayTransform(name, classFile);
        } catch (RuntimeException | LinkageError filterFailure) {
            return true;
        }
    }
}
