package io.perfagent.core.select;

/**
 * The classes and methods perfagent never times, whatever the patterns say: the JDK's own packages (weaving them
 * risks recursion from our own recording code and breaks on the bootstrap loader), perfagent and Byte Buddy
 * themselves, lambda classes (hidden classes that cannot be retransformed), and methods without a body of their
 * own or that the compiler made up (abstract, native, synthetic, bridge, static initialisers).
 * {@code javax.*} stays selectable on purpose: application servers ship ordinary code there.
 *
 * <p>Stateless and thread-safe; {@link #type(String)} does not allocate.
 */
public final class AlwaysExcluded {

    private static final String[] PACKAGES = {"java.", "jdk.", "sun.", "com.sun.", "net.bytebuddy."};
    /** perfagent's own packages only: applications (the demo included) may live elsewhere under io.perfagent. */
    private static final String[] AGENT_PACKAGES = {
        "io.perfagent.bootstrap.", "io.perfagent.core.", "io.perfagent.agent.", "io.perfagent.launcher."};
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
        return agentOwn(className) || className.contains("$$Lambda") || className.contains("$Lambda$");
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

    /** True for a method never to weave, whichever class it is in. */
    public static boolean method(MethodFacts method) {
        return (method.modifiers() & NO_BODY_OR_GENERATED) != 0 || method.name().equals("<clinit>");
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
