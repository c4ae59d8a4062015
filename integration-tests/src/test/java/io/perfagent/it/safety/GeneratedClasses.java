package io.perfagent.it.safety;

import net.bytebuddy.ByteBuddy;
import net.bytebuddy.ClassFileVersion;
import net.bytebuddy.description.modifier.Ownership;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.implementation.FixedValue;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the unusual class files of scenario 15 at test time into one directory: a method within a few dozen bytes of
 * the JVM's 64 KB code limit and a Java 8 class (both by the JDK's javac), and Java 6 and Java 5 class files (major 50
 * and 49, without stack map frames) by Byte Buddy.
 */
final class GeneratedClasses {

    static final String PACKAGE = "sample.safety.gen";
    /** 7 bytes of bytecode per statement: the method's code is 4 + 7 × 9,355 = 65,489 of at most 65,535 bytes. */
    static final int HUGE_STATEMENTS = 9_355;

    private GeneratedClasses() {
    }

    /** A class with {@code methods} small static methods {@code m0..} and {@code runAll(int)} calling each once. */
    static Path writeMany(Path dir, int methods) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        StringBuilder source = new StringBuilder("package " + PACKAGE + ";\npublic class Many {\n");
        StringBuilder runAll = new StringBuilder("    public static long runAll(int x) {\n        long sum = 0;\n");
        for (int i = 0; i < methods; i++) {
            source.append("    public static int m").append(i).append("(int x) { return x + ").append(i).append("; }\n");
            runAll.append("        sum += m").append(i).append("(x);\n");
        }
        source.append(runAll).append("        return sum;\n    }\n}\n");
        javac(classes, "17", write(sources, "Many", source.toString()));
        return classes;
    }

    static Path writeAll(Path dir) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        javac(classes, "17", write(sources, "Huge", hugeSource()));
        javac(classes, "8", write(sources, "Java8", java8Source()));
        for (ClassFileVersion version : List.of(ClassFileVersion.JAVA_V6, ClassFileVersion.JAVA_V5)) {
            new ByteBuddy(version).subclass(Object.class).name(PACKAGE + ".Java" + version.getJavaVersion())
                    .defineMethod("answer", int.class, Visibility.PUBLIC, Ownership.STATIC).withParameters(int.class)
                    .intercept(FixedValue.value(40 + version.getJavaVersion()))
                    .make().saveIn(classes.toFile());
        }
        return classes;
    }

    private static String hugeSource() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < HUGE_STATEMENTS; i++) {
            body.append("        x = x * 31 + ").append(i % 6).append(";\n");
        }
        return "package " + PACKAGE + ";\npublic class Huge {\n    public static int huge(int seed) {\n"
                + "        int x = seed;\n" + body + "        return x;\n    }\n}\n";
    }

    private static String java8Source() {
        return "package " + PACKAGE + ";\n"
                + "public class Java8 {\n"
                + "    public static int loop(int n) {\n"
                + "        int sum = 0;\n"
                + "        for (int i = 0; i < n; i++) { sum += (i % 3 == 0) ? i : -1; }\n"
                + "        return sum;\n"
                + "    }\n"
                + "    public static String guarded(String s) {\n"
                + "        try { return s.substring(1); } catch (RuntimeException e) { return \"caught\"; }\n"
                + "    }\n"
                + "}\n";
    }

    private static Path write(Path dir, String name, String source) throws IOException {
        return Files.writeString(dir.resolve(name + ".java"), source);
    }

    private static void javac(Path out, String release, Path source) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("--release", release, "-Xlint:-options", "-d", out.toString(),
                source.toString()));
        int status = compiler.run(null, null, errors, args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("javac --release " + release + " failed: " + errors);
        }
    }
}
