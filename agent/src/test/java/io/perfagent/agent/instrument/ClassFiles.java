package io.perfagent.agent.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test helper: the class file bytes of a class on the test class path or in the JDK. */
public final class ClassFiles {

    private ClassFiles() {
    }

    public static byte[] of(Class<?> type) {
        return of(type.getClassLoader() != null ? type.getClassLoader() : ClassLoader.getSystemClassLoader(),
                type.getName());
    }

    /** The class file of the class {@code loader} would load by that binary name, without loading it. */
    public static byte[] of(ClassLoader loader, String binaryName) {
        String resource = binaryName.replace('.', '/') + ".class";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no class file for " + binaryName);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String internalName(Class<?> type) {
        return type.getName().replace('.', '/');
    }
}
