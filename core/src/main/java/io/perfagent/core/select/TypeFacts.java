package io.perfagent.core.select;

import java.util.Collection;

/**
 * What method selection needs to know about a class, independent of how it was read (ASM in the agent,
 * plain objects in tests). Implementations should compute {@link #superTypeNames()} lazily: most patterns never
 * ask for it. Implementations must not throw; facts that cannot be resolved are simply absent.
 *
 * <p>Used on the thread that defines the class; an instance is not shared between threads.
 */
public interface TypeFacts {

    /** Binary name with dots, e.g. {@code com.example.Outer$Inner}. */
    String name();

    /** JVM access flags of the class ({@link AccessFlags}). */
    int modifiers();

    /** Binary names of the annotation types declared on the class. */
    Collection<String> annotationNames();

    /**
     * Binary names of every superclass and implemented interface, transitively, not including the type itself.
     * Iteration may stop early, so walking the hierarchy lazily pays off; unresolvable types are skipped.
     */
    Iterable<String> superTypeNames();
}
