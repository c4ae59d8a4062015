package io.perfagent.agent.instrument;

import io.perfagent.core.select.MethodFacts;
import io.perfagent.core.select.TypeFacts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.annotation.AnnotationList;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDefinition;
import net.bytebuddy.description.type.TypeDescription;

/**
 * Adapts Byte Buddy's descriptions to the selection facts of {@code io.perfagent.core.select}. Byte Buddy reads
 * classes lazily from a type pool, so any question may hit a class that is missing from the application's class
 * path; every such failure here means "fact absent" (so the pattern does not match), never an exception out of
 * a matcher.
 *
 * <p>The facts objects are for the thread that made them (the transforming thread): the supertype walk is
 * memoised without locking.
 */
public final class ByteBuddyFacts {

    private ByteBuddyFacts() {
    }

    public static TypeFacts type(TypeDescription type) {
        return new Type(type);
    }

    public static MethodFacts method(MethodDescription method) {
        return new Method(method);
    }

    static List<String> annotationNames(AnnotationList annotations) {
        List<String> names = new ArrayList<>(annotations.size());
        for (AnnotationDescription annotation : annotations) {
            try {
                names.add(annotation.getAnnotationType().getName());
            } catch (RuntimeException | LinkageError unresolvable) {
                // an annotation type the pool cannot read cannot be one a pattern names usefully: skip it
            }
        }
        return names;
    }

    private static List<String> annotationNamesOf(java.util.function.Supplier<AnnotationList> annotations) {
        try {
            return annotationNames(annotations.get());
        } catch (RuntimeException | LinkageError unresolvable) {
            return List.of();
        }
    }

    private static final class Type implements TypeFacts {
        private final TypeDescription type;
        private List<String> annotations;
        private SuperTypes superTypes;

        Type(TypeDescription type) {
            this.type = type;
        }

        @Override
        public String name() {
            return type.getName();
        }

        @Override
        public int modifiers() {
            return type.getModifiers();
        }

        @Override
        public Collection<String> annotationNames() {
            if (annotations == null) {
                annotations = annotationNamesOf(type::getDeclaredAnnotations);
            }
            return annotations;
        }

        @Override
        public Iterable<String> superTypeNames() {
            if (superTypes == null) {
                superTypes = new SuperTypes(type);
            }
            return superTypes;
        }
    }

    /** Breadth-first walk of superclasses and interfaces, resolved only as far as a caller iterates. */
    private static final class SuperTypes implements Iterable<String> {
        private final List<String> found = new ArrayList<>();
        private final ArrayDeque<TypeDefinition> pending = new ArrayDeque<>();
        private final Set<String> seen = new HashSet<>();

        SuperTypes(TypeDescription start) {
            pending.add(start);
            seen.add(start.getName());
        }

        /** Makes {@code found} longer than {@code index} if the hierarchy allows; false when exhausted. */
        private boolean reach(int index) {
            while (found.size() <= index && !pending.isEmpty()) {
                expand(pending.poll());
            }
            return found.size() > index;
        }

        private void expand(TypeDefinition type) {
            try {
                TypeDescription.Generic superClass = type.getSuperClass();
                if (superClass != null) {
                    add(superClass.asErasure());
                }
                for (TypeDescription.Generic anInterface : type.getInterfaces()) {
                    add(anInterface.asErasure());
                }
            } catch (RuntimeException | LinkageError unresolvable) {
                // the rest of this branch stays unknown: patterns on it simply do not match
            }
        }

        private void add(TypeDescription type) {
            String name = type.getName();
            if (seen.add(name)) {
                found.add(name);
                pending.add(type);
            }
        }

        @Override
        public Iterator<String> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return reach(next);
                }

                @Override
                public String next() {
                    if (!reach(next)) {
                        throw new NoSuchElementException();
                    }
                    return found.get(next++);
                }
            };
        }
    }

    private static final class Method implements MethodFacts {
        private final MethodDescription method;
        private List<String> parameters;
        private List<String> annotations;

        Method(MethodDescription method) {
            this.method = method;
        }

        @Override
        public String name() {
            return method.getInternalName();
        }

        @Override
        public int modifiers() {
            return method.getModifiers();
        }

        @Override
        public List<String> parameterTypeNames() {
            if (parameters == null) {
                parameters = readParameters();
            }
            return parameters;
        }

        private List<String> readParameters() {
            try {
                List<String> names = new ArrayList<>();
                for (TypeDescription parameter : method.getParameters().asTypeList().asErasures()) {
                    names.add(parameter.getActualName());
                }
                return names;
            } catch (RuntimeException | LinkageError unresolvable) {
                // An unreadable signature matches only "(..)": a list no written type can equal.
                return List.of("?unresolvable?");
            }
        }

        @Override
        public Collection<String> annotationNames() {
            if (annotations == null) {
                annotations = annotationNamesOf(method::getDeclaredAnnotations);
            }
            return annotations;
        }

        @Override
        public boolean isConstructor() {
            return method.isConstructor();
        }
    }
}
