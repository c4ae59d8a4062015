package io.perfagent.agent.instrument.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfagent.agent.instrument.method.ProbeWriter;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import org.junit.jupiter.api.Test;

/**
 * Every method of every class that real libraries ship (drivers, a pool, Jackson, HdrHistogram: javac output of many
 * ages and styles), woven with the timing probe, allocation included, and the JDBC classes also with the JDBC
 * probes, holder fields and overrides; each woven class is defined and linked, so the JVM's verifier checks every
 * stack map frame and handler the weaving wrote. A class whose original does not link here either (an optional
 * dependency missing) is left out; one that links only unwoven is a failure.
 */
class RealClassesVerifyTest {

    @Test
    void everyWovenMethodPassesTheVerifier() throws Exception {
        List<String> failures = new ArrayList<>();
        int verified = 0;
        for (Class<?> anchor : List.of(org.h2.Driver.class, com.zaxxer.hikari.HikariDataSource.class,
                org.postgresql.Driver.class, com.fasterxml.jackson.databind.ObjectMapper.class,
                org.HdrHistogram.Histogram.class)) {
            try (JarFile jar = new JarFile(jarOf(anchor).toFile())) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    JarEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.endsWith("module-info.class")) {
                        continue;
                    }
                    byte[] original;
                    try (InputStream in = jar.getInputStream(entry)) {
                        original = in.readAllBytes();
                    }
                    String outcome = check(name.substring(0, name.length() - 6), original, anchor.getClassLoader());
                    if (outcome == null) {
                        verified++;
                    } else if (!outcome.isEmpty()) {
                        failures.add(outcome);
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(verified > 2_000, "classes verified: " + verified);
    }

    /** {@code null}: woven and verified; empty: the original does not link here either; else the failure. */
    private static String check(String internalName, byte[] original, ClassLoader libraries) {
        byte[] woven;
        try {
            woven = ProbeWriter.weave(original, everyMethodWithCode(original), true);
            woven = withJdbcProbes(internalName, woven, libraries);
        } catch (RuntimeException weavingFailed) {
            // the agent leaves such a class unchanged (counted); only a method too large to grow is expected
            return weavingFailed.getClass().getSimpleName().contains("TooLarge") ? ""
                    : internalName + ": weaving threw " + weavingFailed;
        }
        Throwable wovenFailure = link(internalName, woven, libraries);
        if (wovenFailure == null) {
            return null;
        }
        if (link(internalName, original, libraries) != null) {
            return "";
        }
        return internalName + ": " + wovenFailure;
    }

    /** Defines {@code classFile} in a loader of its own above {@code libraries} and links it; the error, if any. */
    private static Throwable link(String internalName, byte[] classFile, ClassLoader libraries) {
        try {
            Class<?> type = new ClassLoader(libraries) {
                Class<?> define() {
                    return defineClass(internalName.replace('/', '.'), classFile, 0, classFile.length);
                }
            }.define();
            type.getDeclaredMethods(); // links the class: the verifier runs here
            return null;
        } catch (LinkageError | SecurityException e) {
            return e;
        }
    }

    /** The JDBC weaving of a class being defined, as {@link JdbcProbeTransformer} does it; unchanged without roles. */
    private static byte[] withJdbcProbes(String internalName, byte[] classFile, ClassLoader loader) {
        ClassReader reader = new ClassReader(classFile);
        JdbcWriter writer = JdbcWriter.forClass(internalName, reader, loader, null, new HashMap<>());
        return writer == null ? classFile : writer.rewrite(classFile);
    }

    /** A key id for each method with code, the static initialiser excepted, as selection would have it. */
    private static Map<String, Integer> everyMethodWithCode(byte[] classFile) {
        Map<String, Integer> keyIds = new HashMap<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                if ((access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0 && !name.equals("<clinit>")) {
                    keyIds.put(name + descriptor, keyIds.size());
                }
                return null;
            }
        }, ClassReader.SKIP_CODE);
        return keyIds;
    }

    private static Path jarOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
