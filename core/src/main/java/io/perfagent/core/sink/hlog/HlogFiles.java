package io.perfagent.core.sink.hlog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the merge command's inputs: a directory contributes its {@code perfagent-*.hlog} files (live and rolled,
 * sorted by name: order does not change a sum), a file is taken as given. Stateless.
 */
final class HlogFiles {

    private HlogFiles() {
    }

    static List<Path> expand(List<Path> inputs, List<String> problems) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> found = list(input, problems);
                if (found.isEmpty()) {
                    problems.add(input + ": no perfagent-*.hlog files in this directory");
                }
                files.addAll(found);
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                problems.add(input + ": no such file or directory, nothing read from it");
            }
        }
        return files;
    }

    private static List<Path> list(Path dir, List<String> problems) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith("perfagent-") && name.endsWith(".hlog") && Files.isRegularFile(p);
            }).sorted().toList();
        } catch (IOException e) {
            problems.add(dir + ": cannot list directory (" + e.getMessage() + "), nothing read from it");
            return List.of();
        }
    }
}
