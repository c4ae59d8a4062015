package io.perfagent.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The JDKs every forked-JVM test runs on: the one running the build (17 by default) and a JDK 25 found under
 * /usr/lib/jvm (or listed in PERFAGENT_TEST_JDKS, colon-separated homes). With PERFAGENT_TEST_REQUIRE_JDK25=1 (set by
 * .ci/run) a missing JDK 25 fails the tests instead of narrowing them.
 */
public final class Jdks {

    private static final List<Jdk> ALL = discover();

    private Jdks() {
    }

    public record Jdk(Path home, int feature) {
        public Path java() {
            return home.resolve("bin").resolve("java");
        }

        @Override
        public String toString() {
            return "JDK " + feature;
        }
    }

    public static List<Jdk> all() {
        return ALL;
    }

    public static Jdk current() {
        return ALL.get(0);
    }

    /** JDK 25 or newer; null when none is installed and none is required. */
    public static Jdk modern() {
        return ALL.stream().filter(j -> j.feature() >= 21).reduce((a, b) -> b).orElse(null);
    }

    private static List<Jdk> discover() {
        Set<Path> homes = new LinkedHashSet<>();
        homes.add(Path.of(System.getProperty("java.home")));
        String listed = System.getenv("PERFAGENT_TEST_JDKS");
        if (listed != null && !listed.isBlank()) {
            for (String home : listed.split(File.pathSeparator)) {
                homes.add(Path.of(home.trim()));
            }
        } else {
            homes.addAll(installedModernJdks());
        }
        List<Jdk> jdks = new ArrayList<>();
        for (Path home : homes) {
            int feature = featureOf(home);
            if (feature > 0 && jdks.stream().noneMatch(j -> j.feature() == feature)) {
                jdks.add(new Jdk(home, feature));
            }
        }
        if ("1".equals(System.getenv("PERFAGENT_TEST_REQUIRE_JDK25")) && jdks.stream().noneMatch(j -> j.feature() >= 25)) {
            throw new IllegalStateException("PERFAGENT_TEST_REQUIRE_JDK25=1 but no JDK 25 was found under /usr/lib/jvm"
                    + " or in PERFAGENT_TEST_JDKS");
        }
        return List.copyOf(jdks);
    }

    private static List<Path> installedModernJdks() {
        Path jvm = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvm)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(jvm)) {
            return dirs.filter(d -> Files.isExecutable(d.resolve("bin/java")) && !Files.isSymbolicLink(d))
                    .filter(d -> featureOf(d) >= 25).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The feature release from the home's {@code release} file (JAVA_VERSION="25.0.1"), or -1. */
    static int featureOf(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    String first = version.split("[.+-]")[0];
                    return Integer.parseInt(first.equals("1") ? version.split("\\.")[1] : first);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
