package io.perfagent.core.select;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Predicate;

/**
 * Decides which methods perfagent times, from the include and exclude patterns: a method is selected when some
 * include matches it, no exclude does and {@link AlwaysExcluded} does not rule it out. An exclude that covers a
 * whole class ({@code com.example.generated.*}) also removes that class's constructors.
 *
 * <p>Thread-safe: classes are transformed on whichever application thread loads them. The per-include hit
 * counts are atomic; they count selections, so a method checked twice (retransformation) counts twice, which is
 * fine for their one use: naming includes that selected nothing.
 */
public final class MethodSelector {

    private final MethodPattern[] includes;
    private final MethodPattern[] excludes;
    private final MethodPattern[] wholeTypeExcludesByName;
    private final boolean includesNeedMoreThanNames;
    private final AtomicLongArray hits;

    private MethodSelector(List<MethodPattern> includes, List<MethodPattern> excludes) {
        this.includes = includes.toArray(new MethodPattern[0]);
        this.excludes = excludes.toArray(new MethodPattern[0]);
        List<MethodPattern> byName = new ArrayList<>();
        for (MethodPattern p : excludes) {
            if (p.coversWholeType() && p.kind() == MethodPattern.Kind.TYPE) {
                byName.add(p);
            }
        }
        this.wholeTypeExcludesByName = byName.toArray(new MethodPattern[0]);
        boolean moreThanNames = false;
        for (MethodPattern p : includes) {
            moreThanNames |= p.kind() != MethodPattern.Kind.TYPE;
        }
        this.includesNeedMoreThanNames = moreThanNames;
        this.hits = new AtomicLongArray(this.includes.length);
    }

    public static MethodSelector of(List<MethodPattern> includes, List<MethodPattern> excludes) {
        return new MethodSelector(List.copyOf(includes), List.copyOf(excludes));
    }

    /** True when there is no include at all: the agent can skip method instrumentation entirely. */
    public boolean isEmpty() {
        return includes.length == 0;
    }

    /**
     * Name-only pre-filter for class-load time: false only when no method of a class so named can be selected.
     * Accepts binary or internal names. Does not allocate when it answers false.
     */
    public boolean mayMatchType(String className) {
        // the includes first: with name patterns they turn almost every class away, cheapest of all the checks
        if (includes.length == 0 || !includesNeedMoreThanNames && !anyIncludeMayMatchName(className)
                || AlwaysExcluded.type(className)) {
            return false;
        }
        for (MethodPattern exclude : wholeTypeExcludesByName) {
            if (exclude.subject().matches(className)) {
                return false;
            }
        }
        return true;
    }

    private boolean anyIncludeMayMatchName(String className) {
        for (MethodPattern include : includes) {
            if (include.mayMatchTypeName(className)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Class-file pre-filter for class-load time, a little sharper than {@link #mayMatchType}: an annotation include
     * naming one annotation exactly ({@link #literalAnnotations()}) needs the class to reference it, which
     * {@code referencesAnnotation} answers for the annotation's binary name. Only subtype includes ({@code Type+}) and
     * annotation globs still pass every class. Runs inside class loading: plain code only (no lambdas, no string
     * concatenation), so that it never needs a class the JVM is loading at that moment.
     */
    public boolean mayMatchClass(String className, Predicate<String> referencesAnnotation) {
        if (!mayMatchType(className)) {
            return false;
        }
        if (!includesNeedMoreThanNames) {
            return true;
        }
        for (MethodPattern include : includes) {
            MethodPattern.Kind kind = include.kind();
            if (kind == MethodPattern.Kind.TYPE) {
                if (include.mayMatchTypeName(className)) {
                    return true;
                }
            } else if (kind == MethodPattern.Kind.SUBTYPE) {
                return true;
            } else if (!include.subject().isLiteral() || referencesAnnotation.test(include.subject().text())) {
                return true;
            }
        }
        return false;
    }

    /** The binary names of the annotations that annotation includes name exactly (no wildcard). */
    public List<String> literalAnnotations() {
        List<String> names = new ArrayList<>();
        for (MethodPattern include : includes) {
            boolean annotation = include.kind() == MethodPattern.Kind.TYPE_ANNOTATION
                    || include.kind() == MethodPattern.Kind.METHOD_ANNOTATION;
            if (annotation && include.subject().isLiteral()) {
                names.add(include.subject().text());
            }
        }
        return names;
    }

    /** True when some method of {@code type} may be selected; the type matcher of the instrumentation. */
    public boolean matchesType(TypeFacts type) {
        if (!mayMatchType(type.name()) || AlwaysExcluded.compilerMade(type)) {
            return false;
        }
        for (MethodPattern exclude : excludes) {
            if (exclude.coversWholeType() && exclude.matchesType(type)) {
                return false;
            }
        }
        for (MethodPattern include : includes) {
            if (include.matchesType(type)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code method} of {@code type} is to be timed; counts a hit for every include that matched. */
    public boolean matchesMethod(TypeFacts type, MethodFacts method) {
        if (includes.length == 0 || AlwaysExcluded.method(type, method) || AlwaysExcluded.type(type.name())) {
            return false;
        }
        boolean selected = false;
        for (int i = 0; i < includes.length; i++) {
            if (includes[i].matchesMethod(method) && includes[i].matchesType(type)) {
                // Excludes are checked once, and only for methods some include wants.
                if (!selected && isExcluded(type, method)) {
                    return false;
                }
                selected = true;
                hits.incrementAndGet(i);
            }
        }
        return selected;
    }

    private boolean isExcluded(TypeFacts type, MethodFacts method) {
        for (MethodPattern exclude : excludes) {
            if ((exclude.coversWholeType() || exclude.matchesMethod(method)) && exclude.matchesType(type)) {
                return true;
            }
        }
        return false;
    }

    /** The includes, as written, that have selected no method so far (for the start-up warning). */
    public List<String> unmatchedIncludePatterns() {
        List<String> unmatched = new ArrayList<>();
        for (int i = 0; i < includes.length; i++) {
            if (hits.get(i) == 0) {
                unmatched.add(includes[i].text());
            }
        }
        return unmatched;
    }

    /** How many methods include number {@code index} (in the order given) has selected so far. */
    public long hitCount(int index) {
        return hits.get(index);
    }
}
