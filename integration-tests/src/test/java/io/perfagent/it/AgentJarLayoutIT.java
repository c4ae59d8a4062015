package io.perfagent.it;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built perfagent.jar as the application's class loader and the agent's own see it: only the launcher and the
 * bridge are classes anyone can load; everything else is {@code inst/*.classdata}; of Byte Buddy only its ASM is
 * shipped; the classes defined while the application starts (perfagent's own and ASM's) are stored, not deflated, so
 * that reading them costs a copy (agent/pom.xml); the libraries used later stay deflated.
 */
class AgentJarLayoutIT {

    @Test
    void onlyTheLauncherAndTheBridgeAreVisibleAndTheStartUpClassesAreStored() throws Exception {
        List<String> problems = new ArrayList<>();
        int stored = 0;
        int deflated = 0;
        try (JarFile jar = new JarFile(ForkedJvm.AGENT_JAR.toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (entry.isDirectory() || name.startsWith("META-INF/")) {
                    continue;
                }
                if (name.endsWith(".class") && !name.startsWith("io/perfagent/launcher/")
                        && !name.startsWith("io/perfagent/bootstrap/")) {
                    problems.add("a class the application's class loader could load: " + name);
                }
                if (name.startsWith("inst/net/bytebuddy/") && !name.startsWith("inst/net/bytebuddy/jar/asm/")) {
                    problems.add("Byte Buddy beyond its ASM: " + name);
                }
                boolean startUpClass = name.endsWith(".classdata") && (name.startsWith("inst/io/perfagent/")
                        || name.startsWith("inst/net/bytebuddy/jar/asm/"));
                if (startUpClass && entry.getMethod() != ZipEntry.STORED) {
                    problems.add("deflated, expected stored: " + name);
                }
                if (name.startsWith("inst/com/fasterxml/") && name.endsWith(".classdata")) {
                    if (entry.getMethod() == ZipEntry.DEFLATED) {
                        deflated++;
                    } else {
                        problems.add("stored, expected deflated: " + name);
                    }
                }
                if (startUpClass) {
                    stored++;
                }
            }
        }
        assertEquals(List.of(), problems.subList(0, Math.min(5, problems.size())), problems.size() + " problems");
        assertTrue(stored > 200, "perfagent's and ASM's classes found in inst/: " + stored);
        assertTrue(deflated > 500, "Jackson's classes found in inst/: " + deflated);
    }
}
