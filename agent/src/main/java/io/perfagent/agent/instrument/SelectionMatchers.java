package io.perfagent.agent.instrument;

import io.perfagent.core.select.MethodSelector;
import io.perfagent.core.select.TypeFacts;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Byte Buddy matchers answering from a {@link MethodSelector}: the type matcher for the agent builder and the
 * method matcher for the advice. A matcher that fails (a broken class file, a missing dependency) answers false:
 * the class is then left alone rather than the agent throwing on the application's class-loading thread.
 * The matchers from {@link #types} and {@link #methods} are thread-safe, as the selector is; one from
 * {@link #methodsOf} belongs to the transformation of its type, on that thread.
 */
public final class SelectionMatchers {

    private SelectionMatchers() {
    }

    /** Accepts classes with at least one method the selector may select; the cheap name test runs first. */
    public static ElementMatcher.Junction<TypeDescription> types(MethodSelector selector) {
        return new ElementMatcher.Junction.AbstractBase<>() {
            @Override
            public boolean matches(TypeDescription type) {
                try {
                    return selector.mayMatchType(type.getName())
                            && selector.matchesType(ByteBuddyFacts.type(type));
                } catch (RuntimeException | LinkageError broken) {
                    return false;
                }
            }

            @Override
            public String toString() {
                return "perfagent selected types";
            }
        };
    }

    /**
     * Accepts the selected methods of {@code type}; use inside a transformer, where the type is known, so its
     * facts (annotations, supertypes) are read once for all its methods.
     */
    public static ElementMatcher.Junction<MethodDescription> methodsOf(MethodSelector selector, TypeDescription type) {
        return new MethodMatcher(selector, ByteBuddyFacts.type(type));
    }

    /** Accepts selected methods, reading each method's declaring type afresh; prefer {@link #methodsOf}. */
    public static ElementMatcher.Junction<MethodDescription> methods(MethodSelector selector) {
        return new MethodMatcher(selector, null);
    }

    private static final class MethodMatcher extends ElementMatcher.Junction.AbstractBase<MethodDescription> {
        private final MethodSelector selector;
        private final TypeFacts knownType;

        MethodMatcher(MethodSelector selector, TypeFacts knownType) {
            this.selector = selector;
            this.knownType = knownType;
        }

        @Override
        public boolean matches(MethodDescription method) {
            try {
                TypeFacts type = knownType != null
                        ? knownType : ByteBuddyFacts.type(method.getDeclaringType().asErasure());
                return selector.matchesMethod(type, ByteBuddyFacts.method(method));
            } catch (RuntimeException | LinkageError broken) {
                return false;
            }
        }

        @Override
        public String toString() {
            return "perfagent selected methods";
        }
    }
}
