package io.perfagent.core.select;

/**
 * One parsed {@code methods.include}/{@code methods.exclude} item, e.g. {@code public com.example.Repo+#save*(..)}.
 * Made by {@link MethodPatternParser}; combined by {@link MethodSelector}. Immutable and thread-safe; the match
 * methods do not allocate beyond what the facts they read allocate.
 */
public final class MethodPattern {

    /** What the part before {@code #} names. */
    public enum Kind {
        /** {@code com.example.*Service}: classes by name glob. */
        TYPE,
        /** {@code com.example.Repository+}: the type and every subtype or implementor. */
        SUBTYPE,
        /** {@code @@com.example.Monitored}: classes carrying the annotation. */
        TYPE_ANNOTATION,
        /** {@code @com.example.Timed}: methods carrying the annotation, in any class. */
        METHOD_ANNOTATION
    }

    static final String CONSTRUCTOR = "<init>";

    private final String text;
    private final Visibility visibility;
    private final Kind kind;
    private final Glob subject;
    private final Glob methodName;
    private final ParameterList parameters;

    MethodPattern(String text, Visibility visibility, Kind kind, Glob subject, Glob methodName,
                  ParameterList parameters) {
        this.text = text;
        this.visibility = visibility;
        this.kind = kind;
        this.subject = subject;
        this.methodName = methodName;
        this.parameters = parameters;
    }

    /** The item as the user wrote it (trimmed): what warnings quote. */
    public String text() {
        return text;
    }

    /** The leading modifier, or null when the pattern has none. */
    public Visibility visibility() {
        return visibility;
    }

    public Kind kind() {
        return kind;
    }

    /** The class-name glob, or the annotation-name glob for the two annotation kinds. */
    public Glob subject() {
        return subject;
    }

    public Glob methodName() {
        return methodName;
    }

    public ParameterList parameters() {
        return parameters;
    }

    /** False only when no class called {@code className} could hold a method this pattern selects. */
    public boolean mayMatchTypeName(String className) {
        return kind != Kind.TYPE || subject.matches(className);
    }

    public boolean matchesType(TypeFacts type) {
        switch (kind) {
            case TYPE:
                return subject.matches(type.name());
            case SUBTYPE:
                return subject.matches(type.name()) || anyMatches(type.superTypeNames());
            case TYPE_ANNOTATION:
                return anyMatches(type.annotationNames());
            default:
                return true;
        }
    }

    /** The method half of the match; constructors only when the pattern names {@code <init>}. */
    public boolean matchesMethod(MethodFacts method) {
        if (visibility != null && !visibility.matches(method.modifiers())) {
            return false;
        }
        boolean namesConstructor = methodName.isLiteral() && methodName.text().equals(CONSTRUCTOR);
        if (method.isConstructor() != namesConstructor || !methodName.matches(method.name())) {
            return false;
        }
        if (!parameters.matches(method.parameterTypeNames())) {
            return false;
        }
        return kind != Kind.METHOD_ANNOTATION || anyMatches(method.annotationNames());
    }

    /** True when the pattern selects a whole class: no modifier, every method name, any parameters. */
    public boolean coversWholeType() {
        return kind != Kind.METHOD_ANNOTATION && visibility == null && methodName.matchesAnyMethodName()
                && parameters.isAny();
    }

    private boolean anyMatches(Iterable<String> names) {
        for (String name : names) {
            if (subject.matches(name)) {
                return true;
            }
        }
        return false;
    }

    /** A canonical form used by tests and diagnostics, e.g. {@code public TYPE com.example.** #* (..)}. */
    public String describe() {
        return (visibility == null ? "" : visibility.keyword() + " ") + kind + " " + subject + " #" + methodName
                + " " + parameters;
    }

    @Override
    public String toString() {
        return text;
    }
}
