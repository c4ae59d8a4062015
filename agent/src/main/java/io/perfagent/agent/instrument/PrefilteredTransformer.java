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
 * time, never a probe. Thread-safe.
 */
public final class PrefilteredTransformer extends ResettableClassFileTransformer.WithDelegation {

    private static final ClassLoader AGENT_LOADER = PrefilteredTransformer.class.getClassLoader();

    private final CandidateFilter candidates;

    private PrefilteredTransformer(ResettableClassFileTransformer delegate, CandidateFilter candidates) {
        super(delegate);
        this.candidates = candidates;
    }

    /** Decorates the transformer an agent builder makes with {@code candidates}. */
    public static AgentBuilder.TransformerDecorator decorator(CandidateFilter candidates) {
        return transformer -> new PrefilteredTransformer(transformer, candidates);
    }

    @Override
    public byte[] transform(ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain,
                            byte[] classFile) throws IllegalClassFormatException {
        return mayTransform(loader, name, classFile)
                ? classFileTransformer.transform(loader, name, redefined, domain, classFile) : null;
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain,
                            byte[] classFile) throws IllegalClassFormatException {
        return mayTransform(loader, name, classFile)
                ? classFileTransformer.transform(module, loader, name, redefined, domain, classFile) : null;
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
