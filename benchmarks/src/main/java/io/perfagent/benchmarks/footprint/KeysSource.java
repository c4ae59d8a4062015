package io.perfagent.benchmarks.footprint;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes and compiles {@code bench.footprint.Keys}: {@code keys} small static methods {@code m0..mN} (one agent key
 * each) and a {@code call(int, long)} dispatcher, so the footprint run has many real instrumented methods.
 */
final class KeysSource {

    private KeysSource() {
    }

    /** Generates and compiles the class into {@code classes}; returns that directory. */
    static Path compile(Path work, int keys) throws IOException {
        Path source = work.resolve("src/bench/footprint/Keys.java");
        Path classes = work.resolve("classes");
        Files.createDirectories(source.getParent());
        Files.createDirectories(classes);
        StringBuilder text = new StringBuilder("package bench.footprint;\n\npublic final class Keys {\n");
        text.append("    public static long call(int key, long x) {\n        switch (key) {\n");
        for (int i = 0; i < keys; i++) {
            text.append("            case ").append(i).append(": return m").append(i).append("(x);\n");
        }
        text.append("            default: return -1;\n        }\n    }\n");
        for (int i = 0; i < keys; i++) {
            text.append("    static long m").append(i).append("(long x) { return x * ").append(i)
                    .append(" + 1; }\n");
        }
        text.append("}\n");
        Files.writeString(source, text);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null || javac.run(null, null, null, "--release", "17", "-d", classes.toString(),
                source.toString()) != 0) {
            throw new IllegalStateException("could not compile " + source);
        }
        return classes;
    }
}
