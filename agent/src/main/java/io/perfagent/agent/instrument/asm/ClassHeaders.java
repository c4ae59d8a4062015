package io.perfagent.agent.instrument.asm;

import net.bytebuddy.jar.asm.ClassReader;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * The superclass and interfaces of the classes a class loader can see, read from their class files (the JVM is never
 * asked to load them: a supertype walk must not initialise or even define the application's classes). Subtype
 * patterns ({@code Type+}) walk the hierarchy of every candidate class; without this cache each one would re-read the
 * class files of all its supertypes. A class file that cannot be found or read has no supertypes here, so patterns on
 * that branch simply do not match.
 *
 * <p>Holds class loaders strongly, so everything is dropped at most every {@link #MAX_AGE_NANOS}: a discarded class
 * loader is released within that time (ClassLoaderSafetyIT). Thread-safe.
 */
public final class ClassHeaders {

    private static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final Object BOOTSTRAP = new Object();
    private static final String[] NONE = new String[0];
    private static final ConcurrentMap<Object, Map<String, String[]>> BY_LOADER = new ConcurrentHashMap<>();
    private static volatile long lastClearNanos = System.nanoTime();

    private final ClassLoader loader;
    private final Map<String, String[]> known;

    private ClassHeaders(ClassLoader loader, Map<String, String[]> known) {
        this.loader = loader;
        this.known = known;
    }

    /** The headers visible to {@code loader} ({@code null}: the bootstrap loader). */
    public static ClassHeaders of(ClassLoader loader) {
        Object key = loader == null ? BOOTSTRAP : loader;
        Map<String, String[]> known = BY_LOADER.get(key);
        if (known == null) {
            known = new ConcurrentHashMap<>();
            Map<String, String[]> raced = BY_LOADER.putIfAbsent(key, known);
            if (raced != null) {
                known = raced;
            }
        }
        return new ClassHeaders(loader, known);
    }

    /** Called often (after each drain of the flush thread); empties the cache once it is older than a second. */
    public static void expire() {
        long now = System.nanoTime();
        if (now - lastClearNanos >= MAX_AGE_NANOS) {
            lastClearNanos = now;
            BY_LOADER.clear();
        }
    }

    /**
     * Internal names of the direct supertypes of {@code internalName}: the superclass first (absent for
     * {@code java/lang/Object} and for an unreadable class), then the interfaces as declared.
     */
    public String[] supertypes(String internalName) {
        String[] cached = known.get(internalName);
        if (cached != null) {
            return cached;
        }
        String[] read = read(internalName);
        known.put(internalName, read);
        return read;
    }

    private String[] read(String internalName) {
        byte[] classFile = ClassBytes.of(loader, internalName);
        try {
            return classFile == null ? NONE : directSupertypes(new ClassReader(classFile));
        } catch (RuntimeException malformed) {
            return NONE;
        }
    }

    /** The direct supertypes a parsed class file declares, in the order {@link #supertypes} gives them. */
    public static String[] directSupertypes(ClassReader reader) {
        String superName = reader.getSuperName();
        String[] interfaces = reader.getInterfaces();
        if (superName == null) {
            return interfaces;
        }
        String[] all = new String[interfaces.length + 1];
        all[0] = superName;
        System.arraycopy(interfaces, 0, all, 1, interfaces.length);
        return all;
    }
}
