package io.perfagent.agent.instrument.asm;

import java.io.InputStream;

/**
 * Reads a class file the way its class loader serves it as a resource, without asking the JVM to load the class.
 * Stateless.
 */
public final class ClassBytes {

    private ClassBytes() {
    }

    /**
     * The bytes of {@code internalName}'s class file as {@code loader} ({@code null}: the bootstrap loader) finds it;
     * {@code null} when it has none or it cannot be read.
     */
    public static byte[] of(ClassLoader loader, String internalName) {
        ClassLoader source = loader != null ? loader : ClassLoader.getSystemClassLoader();
        try (InputStream in = source.getResourceAsStream(internalName + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (Exception | LinkageError unreadable) {
            return null;
        }
    }
}
