package io.perfagent.agent.instrument;

import io.perfagent.bootstrap.AgentErrors;
import io.perfagent.core.log.AgentLog;

import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;

/**
 * What every perfagent class file transformer does around its own work: the agent's own classes and the classes a
 * transforming thread loads meanwhile ({@link TransformGuard}) are passed over, a {@link CandidateFilter} answers
 * first, and anything that fails leaves the class exactly as it was, counted in {@code agent.transform_errors} and
 * named once on stderr. Thread-safe when the subclass is.
 */
public abstract class GuardedTransformer implements ClassFileTransformer {

    private static final ClassLoader AGENT_LOADER = GuardedTransformer.class.getClassLoader();

    private final CandidateFilter candidates;

    protected GuardedTransformer(CandidateFilter candidates) {
        this.candidates = candidates;
        TransformGuard.flag();
    }

    /**
     * The rewritten class file, or {@code null} to leave it unchanged; called only for candidates.
     *
     * @param redefined the class when it is being retransformed, {@code null} while it is first defined
     */
    protected abstract byte[] weave(ClassLoader loader, String name, Class<?> redefined, byte[] classFile);

    @Override
    public final byte[] transform(Module module, ClassLoader loader, String name, Class<?> redefined,
                                  ProtectionDomain domain, byte[] classFile) {
        return transform(loader, name, redefined, domain, classFile);
    }

    @Override
    public final byte[] transform(ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain,
                                  byte[] classFile) {
        if (name == null || classFile == null || (loader == AGENT_LOADER && loader != null)) {
            return null; // the agent's own libraries are never woven
        }
        boolean[] busy = TransformGuard.flag();
        if (busy[0]) {
            return null;
        }
        busy[0] = true;
        try {
            return isCandidate(name, classFile) ? weave(loader, name, redefined, classFile) : null;
        } catch (Throwable failure) {
            AgentErrors.transformError();
            AgentLog.warnOnce("transform-" + failure.getClass().getName(), "could not instrument "
                    + name.replace('/', '.') + " (" + failure.getClass().getSimpleName() + ": " + failure.getMessage()
                    + "); left unchanged");
            return null;
        } finally {
            busy[0] = false;
        }
    }

    protected final boolean isCandidate(String name, byte[] classFile) {
        try {
            return candidates.mayTransform(name, classFile);
        } catch (RuntimeException | LinkageError filterFailure) {
            return true; // the filter can only save time, never decide against a probe
        }
    }
}
