package io.perfagent.core.select;

import java.util.Collection;
import java.util.List;

/**
 * What method selection needs to know about one method, independent of how it was read. Implementations must
 * not throw; facts that cannot be resolved are simply absent.
 *
 * <p>Used on the thread that defines the class; an instance is not shared between threads.
 */
public interface MethodFacts {

    /** JVM name: {@code place}, {@code <init>} for constructors, {@code <clinit>} for static initialisers. */
    String name();

    /** JVM access flags including the synthetic and bridge bits ({@link AccessFlags}). */
    int modifiers();

    /** Erased parameter types as Java source names with binary nesting: {@code int[]}, {@code a.Outer$Inner}. */
    List<String> parameterTypeNames();

    /** Binary names of the annotation types declared on the method. */
    Collection<String> annotationNames();

    boolean isConstructor();
}
