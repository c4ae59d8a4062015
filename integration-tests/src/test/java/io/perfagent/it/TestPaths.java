package io.perfagent.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the built artifacts and the test applications' class path are, as passed in by failsafe. */
public final class TestPaths {

    private TestPaths() {
    }

    public static String appClassPath() {
        String testClasses = System.getProperty("perfagent.test.classes", "target/test-classes");
        String dependencies = "";
        String file = System.getProperty("perfagent.app.classpath.file", "target/app-classpath.txt");
        try {
            if (Files.exists(Path.of(file))) {
                dependencies = Files.readString(Path.of(file)).trim();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dependencies.isEmpty() ? testClasses : testClasses + java.io.File.pathSeparator + dependencies;
    }

    /** Only the compiled test applications, without any library. */
    public static String testClassesOnly() {
        return System.getProperty("perfagent.test.classes", "target/test-classes");
    }

    public static Path workRoot() {
        try {
            Path root = Path.of(System.getProperty("perfagent.work.dir", "target/it-work"));
            Files.createDirectories(root);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
