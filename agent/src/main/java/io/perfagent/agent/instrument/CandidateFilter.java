package io.perfagent.agent.instrument;

/**
 * The cheap first question about a class being loaded: could this probe weave it at all? Answered from the class's
 * name and its raw class file only. {@code false} must be certain (the class is then never described or woven by that
 * probe); {@code true} only means "parse it and decide". Called on class-loading threads, in the middle of loading a class:
 * implementations are thread-safe and run plain code only (no lambdas, method references or string concatenation,
 * whose first use links through java.lang.invoke classes that may be the very ones being loaded, which the JVM reports
 * as a ClassCircularityError in the application).
 */
@FunctionalInterface
public interface CandidateFilter {

    /** {@code internalName} is the JVM's form ({@code com/example/Foo}); {@code classFile} is never modified. */
    boolean mayTransform(String internalName, byte[] classFile);
}
