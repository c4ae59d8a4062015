package io.perfagent.core.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects problem messages while reading; a file with thousands of corrupt lines yields a few messages and one
 * "... more" line instead of flooding the terminal. Not thread-safe: one reader owns it.
 */
final class ProblemLog {

    /** Messages kept per file and kind of problem before the rest are only counted. */
    static final int CAP = 3;

    private final List<String> messages = new ArrayList<>();
    private final Map<String, Integer> seen = new LinkedHashMap<>();
    private int skipped;

    /** A line was skipped: counted, and reported unless this file already had {@link #CAP} of the same kind. */
    void skipped(String file, long line, String kind, String detail) {
        skipped++;
        String bucket = file + "\u0000" + kind;
        int n = seen.merge(bucket, 1, Integer::sum);
        if (n <= CAP) {
            messages.add(file + ":" + line + ": " + kind + (detail.isEmpty() ? "" : " (" + detail + ")")
                    + ", line skipped");
        }
    }

    /** A problem that is not about one line (a file that cannot be read, no files at all). */
    void note(String message) {
        messages.add(message);
    }

    int skippedCount() {
        return skipped;
    }

    List<String> messages() {
        List<String> all = new ArrayList<>(messages);
        seen.forEach((bucket, n) -> {
            if (n > CAP) {
                String[] parts = bucket.split("\u0000", 2);
                all.add(parts[0] + ": " + (n - CAP) + " more lines skipped for the same reason (" + parts[1] + ")");
            }
        });
        return all;
    }
}
