package io.perfagent.core.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the {@code perfagent-*.jsonl} files of a report directory and puts them in rotation order: for each live
 * file {@code perfagent-<app>-<pid>.jsonl}, its rolled parts {@code perfagent-<app>-<pid>-<n>.jsonl} by ascending
 * {@code n} (oldest first), then the live file itself, which holds the newest lines.
 *
 * <p>Whether a trailing {@code -<n>} is a roll number or the pid cannot be told from the name alone (an app may be
 * called {@code svc-2}), so a file counts as a rolled part only when its live file is present too. Stateless.
 */
public final class ReportFiles {

    private static final Pattern ROLLED = Pattern.compile("(.*)-(\\d+)");

    private ReportFiles() {
    }

    /** The report files in {@code dir}, in rotation order. Throws only what listing the directory throws. */
    public static List<Path> inRotationOrder(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> isReportName(p.getFileName().toString()) && Files.isRegularFile(p))
                    .collect(Collectors.toCollection(ArrayList::new));
        }
        Set<String> stems = files.stream().map(ReportFiles::stem).collect(Collectors.toSet());
        files.sort(Comparator.comparing((Path p) -> group(stem(p), stems))
                .thenComparingLong(p -> part(stem(p), stems)));
        return files;
    }

    static boolean isReportName(String name) {
        return name.startsWith("perfagent-") && name.endsWith(".jsonl");
    }

    private static String stem(Path p) {
        String name = p.getFileName().toString();
        return name.substring(0, name.length() - ".jsonl".length());
    }

    private static String group(String stem, Set<String> stems) {
        Matcher m = ROLLED.matcher(stem);
        return m.matches() && stems.contains(m.group(1)) ? m.group(1) : stem;
    }

    /** Rolled parts sort by their number; the live file (no part number) sorts after all of them. */
    private static long part(String stem, Set<String> stems) {
        Matcher m = ROLLED.matcher(stem);
        if (m.matches() && stems.contains(m.group(1))) {
            try {
                return Long.parseLong(m.group(2));
            } catch (NumberFormatException tooLong) {
                return Long.MAX_VALUE - 1;
            }
        }
        return Long.MAX_VALUE;
    }
}
