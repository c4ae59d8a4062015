package io.perfagent.core.select;

/**
 * JVM access flag bits (JVMS 4.6) that method selection reads from {@link MethodFacts#modifiers()} and
 * {@link TypeFacts#modifiers()}. {@code java.lang.reflect.Modifier} hides the bridge and synthetic bits, which
 * selection needs, hence this copy. Constants only.
 */
public final class AccessFlags {
    public static final int PUBLIC = 0x0001;
    public static final int PRIVATE = 0x0002;
    public static final int PROTECTED = 0x0004;
    public static final int STATIC = 0x0008;
    public static final int BRIDGE = 0x0040;
    public static final int NATIVE = 0x0100;
    public static final int INTERFACE = 0x0200;
    public static final int ABSTRACT = 0x0400;
    public static final int SYNTHETIC = 0x1000;
    public static final int ANNOTATION = 0x2000;

    private AccessFlags() {
    }
}
