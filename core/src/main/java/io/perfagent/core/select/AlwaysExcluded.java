package io.perfagent.core.select;

/**
 * The classes and methods perfagent never times, whatever the patterns say: the JDK's own packages (weaving them
 * risks recursion from our own recording code and breaks on the bootstrap loader), perfagent and Byte Buddy
 * themselves, lambda classes (hidden classes that cannot be retransformed), proxy classes generated at run time
 * ({@link #GENERATED_MARKERS}: a framework's subclass or wrapper around the application's class, whose methods would
 * be reported a second time under a generated name beside the real ones, with the framework's own hooks), and
 * methods without a body of their own or that the compiler made up (abstract, native, synthetic, bridge, static
 * initialisers, Kotlin's lambda bodies, generated forwarders).
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

    /** True for a method never to weave, whichever class it is in. */
    public static boolean method(MethodFacts method) {
        return (method.modifiers() & NO_BODY_OR_GENERATED) != 0 || method.name().equals("<clinit>")
                || method.name().contains(KOTLIN_LAMBDA) || method.name().contains(GENERATED_METHOD);
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
