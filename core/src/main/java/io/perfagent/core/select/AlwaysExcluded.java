package io.perfagent.core.select;

/**
 * The classes and methods perfagent never times, whatever the patterns say: the JDK's own packages (weaving them
 * risks recursion from our own recording code and breaks on the bootstrap loader), perfagent and Byte Buddy
 * themselves, lambda classes (hidden classes that cannot be retransformed), proxy classes generated at run time
 * ({@link #GENERATED_MARKERS}: a framework's subclass or wrapper around the application's class, whose methods would
 * be reported a second time under a generated name beside the real ones, with the framework's own hooks), and
 * methods without a body of their own or that the compiler made up (abstract, native, synthetic, bridge, static
 * initialisers, Kotlin's lambda bodies, generated forwarders, Groovy's and Scala's plumbing: {@link #method(TypeFacts,
 * MethodFacts)}).
 * {@code javax.*} stays selectable on purpose: application servers ship ordinary code there.
 *
 * <p>Stateless and thread-safe; {@link #type(String)} does not allocate.
 */
public final class AlwaysExcluded {

    private static final String[] PACKAGES = {"java.", "jdk.", "sun.", "com.sun.", "net.bytebuddy."};
    /** perfagent's own packages only: applications (the demo included) may live elsewhere under io.perfagent. */
    private static final String[] AGENT_PACKAGES = {
        "io.perfagent.bootstrap.", "io.perfagent.core.", "io.perfagent.agent.", "io.perfagent.launcher."};
    /**
     * What the names of classes generated at run time carry: {@code $$} (lambdas, CGLIB and Spring's proxies
     * {@code $$SpringCGLIB$$}, {@code $$EnhancerBySpringCGLIB$$}, Guice's {@code $$EnhancerByGuice$$}, Javassist's
     * {@code _$$_jvst}, Weld's {@code $Proxy$_$$_WeldClientProxy}), Byte Buddy's default naming as Hibernate and
     * Mockito use it, and the REST invokers Quarkus generates at build time. The Java compiler never puts {@code $$} in
     * a name.
     */
    private static final String[] GENERATED_MARKERS = {"$$", "$Lambda$", "$ByteBuddy$", "$HibernateProxy$",
        "$MockitoMock$", "$quarkusrestinvoker$", "_Observer_"};
    /**
     * How the dependency injection of Quarkus (ArC) and Micronaut end the names of the classes they generate around a
     * bean at build time: ArC's client proxy, interception subclass (which would report each call again) and factory;
     * Micronaut's intercepted subclass ({@code Events$ApplicationEventListener$onStartup1$Intercepted}).
     */
    private static final String[] GENERATED_SUFFIXES = {"_ClientProxy", "_Subclass", "_Bean", "$Intercepted"};
    private static final int NO_BODY_OR_GENERATED =
            AccessFlags.ABSTRACT | AccessFlags.NATIVE | AccessFlags.SYNTHETIC | AccessFlags.BRIDGE;

    private AlwaysExcluded() {
    }

    /** True for a class never to weave; accepts binary ({@code a.B}) and internal ({@code a/B}) names. */
    public static boolean type(String className) {
        for (String prefix : PACKAGES) {
            if (startsWithPackage(className, prefix)) {
                return true;
            }
        }
        return agentOwn(className) || generated(className);
    }

    /** True for a class a framework generated around the application's own ({@link #GENERATED_MARKERS}). */
    public static boolean generated(String className) {
        for (String marker : GENERATED_MARKERS) {
            if (className.contains(marker)) {
                return true;
            }
        }
        for (String suffix : GENERATED_SUFFIXES) {
            if (className.endsWith(suffix)) {
                return true;
            }
        }
        return simpleNameStartsWithDollar(className);
    }

    /**
     * Micronaut names the classes it generates for a bean {@code $HelloController$Definition},
     * {@code $HelloController$Definition$Exec}, {@code $GreetingService$Definition$Intercepted}, ...: a top-level name
     * starting with {@code $}, which no hand-written class has.
     */
    private static boolean simpleNameStartsWithDollar(String className) {
        int start = Math.max(className.lastIndexOf('.'), className.lastIndexOf('/')) + 1;
        return start < className.length() && className.charAt(start) == '$';
    }

    /** True for a class of perfagent itself (not of an application that lives under {@code io.perfagent}). */
    public static boolean agentOwn(String className) {
        for (String prefix : AGENT_PACKAGES) {
            if (startsWithPackage(className, prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Kotlin's lambda bodies: {@code greet$lambda$0} (Kotlin 2), {@code main$lambda-0} (Kotlin 1.x). Unlike javac's
     * ({@code lambda$greet$0}) they are not marked synthetic, so the name tells.
     */
    private static final String KOTLIN_LAMBDA = "$lambda";
    /** Methods frameworks generate into the application's classes, e.g. Quarkus's {@code placeBulk$$superforward}. */
    private static final String GENERATED_METHOD = "$$";

    /**
     * Pieces of method names that Scala's compiler makes up, none of which javac writes: default argument getters
     * ({@code greet$default$2}, {@code copy$default$1}), a lazy val's initialiser ({@code expensive$lzyINIT1}, timed
     * already inside the accessor), a trait val's setter ({@code com$example$Tagged$_setter_$tag_$eq}).
     */
    private static final String[] SCALA_GENERATED = {"$default$", "$lzyINIT", "$_setter_$"};
    /** Groovy marks the runtime's plumbing it adds to every class so: {@code getMetaClass}, {@code setMetaClass}. */
    private static final String GROOVY_INTERNAL = "groovy.transform.Internal";

    /** True for a method never to weave, whichever class it is in. */
    public static boolean method(MethodFacts method) {
        String name = method.name();
        return (method.modifiers() & NO_BODY_OR_GENERATED) != 0 || name.equals("<clinit>")
                || name.contains(KOTLIN_LAMBDA) || name.contains(GENERATED_METHOD) || name.equals("$init$")
                || containsAny(name, SCALA_GENERATED) || groovyTraitFieldAccessor(name)
                || method.annotationNames().contains(GROOVY_INTERNAL);
    }

    /**
     * As {@link #method(MethodFacts)}, and the methods of classes a compiler made up ({@link #compilerMade}), and a
     * Scala trait's static helpers ({@code describe$(Shape)} in interface {@code Shape}: a call through one would be
     * counted again in the trait's own {@code describe}).
     */
    public static boolean method(TypeFacts type, MethodFacts method) {
        return method(method) || compilerMade(type)
                || (type.modifiers() & AccessFlags.INTERFACE) != 0 && (method.modifiers() & AccessFlags.STATIC) != 0
                && method.name().endsWith("$");
    }

    /**
     * A class the compiler made up around the source: one marked synthetic (Groovy's trait helpers
     * {@code Greeter$Trait$Helper}, whose methods the implementing class's own forwarders already time), or a Groovy
     * closure's class ({@code Calculator$_sumEach_closure1}, {@code Main$_main_closure5$_closure13}), whose
     * {@code doCall} is the closure's body, left out like javac's and Kotlin's lambda bodies.
     */
    public static boolean compilerMade(TypeFacts type) {
        return (type.modifiers() & AccessFlags.SYNTHETIC) != 0 || groovyClosure(type.name());
    }

    private static boolean groovyClosure(String className) {
        int start = className.lastIndexOf('$') + 1;
        if (start == 0 || start >= className.length() || className.charAt(start) != '_') {
            return false;
        }
        int digits = className.length();
        while (digits > start && Character.isDigit(className.charAt(digits - 1))) {
            digits--;
        }
        return digits < className.length() && className.startsWith("closure", digits - "closure".length())
                && digits - "closure".length() > start;
    }

    /** A Groovy trait's field accessors in the implementing class: {@code com_example_Greeter__greeted$get}. */
    private static boolean groovyTraitFieldAccessor(String name) {
        return (name.endsWith("$get") || name.endsWith("$set")) && name.contains("__");
    }

    private static boolean containsAny(String name, String[] pieces) {
        for (String piece : pieces) {
            if (name.contains(piece)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithPackage(String name, String prefix) {
        if (name.length() < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            char c = name.charAt(i);
            if (c != prefix.charAt(i) && !(c == '/' && prefix.charAt(i) == '.')) {
                return false;
            }
        }
        return true;
    }
}
