package io.perfagent.core.sink.hlog;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;

/**
 * Adds up the histograms of HdrHistogram log files per tag, exactly: histograms of the same precision sum bucket by
 * bucket, so the merged percentiles are those of the union of all recorded values. Each line goes through
 * {@link HistogramLogReader} on its own, because that reader stops at the first bad line: here a torn or corrupt line
 * is skipped, counted and named, and the rest of the file still counts. Never throws on bad input. Stateless.
 */
public final class HlogMerge {

    private static final int MAX_PROBLEM_LINES = 20;

    private HlogMerge() {
    }

    /** Merges every histogram whose decoded tag starts with {@code tagPrefix} (null or empty: all of them). */
    public static MergeResult merge(List<Path> inputs, String tagPrefix) {
        List<String> problems = new ArrayList<>();
        List<Path> files = HlogFiles.expand(inputs, problems);
        Map<String, Histogram> sums = new TreeMap<>();
        long read = 0;
        for (Path file : files) {
            read += mergeFile(file, tagPrefix == null ? "" : tagPrefix, sums, problems);
        }
        List<MergedRow> rows = new ArrayList<>();
        sums.forEach((tag, h) -> rows.add(MergedRow.of(tag, h)));
        rows.sort(Comparator.comparing(MergedRow::measure).thenComparing(MergedRow::key));
        return new MergeResult(sums, rows, problems, files.size(), read);
    }

    private static long mergeFile(Path file, String prefix, Map<String, Histogram> sums, List<String> problems) {
        long read = 0;
        int bad = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("\"")) {
                    continue;
                }
                EncodableHistogram h = decode(line);
                if (!(h instanceof AbstractHistogram histogram)) {
                    if (++bad <= MAX_PROBLEM_LINES) {
                        problems.add(file + ":" + number + ": not a readable histogram line, skipped");
                    }
                    continue;
                }
                read++;
                String tag = histogram.getTag() == null ? "" : TagCodec.decode(histogram.getTag());
                if (tag.startsWith(prefix)) {
                    add(sums, tag, histogram);
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(file + ": cannot read file (" + e.getMessage() + "), rest of the file skipped");
        }
        if (bad > MAX_PROBLEM_LINES) {
            problems.add(file + ": " + (bad - MAX_PROBLEM_LINES) + " more unreadable line(s) skipped");
        }
        return read;
    }

    private static EncodableHistogram decode(String line) {
        try (HistogramLogReader reader = new HistogramLogReader(
                new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8)))) {
            return reader.nextIntervalHistogram();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void add(Map<String, Histogram> sums, String tag, AbstractHistogram h) {
        Histogram sum = sums.computeIfAbsent(tag, t -> {
            Histogram fresh = new Histogram(h.getNumberOfSignificantValueDigits());
            fresh.setAutoResize(true);
            return fresh;
        });
        sum.add(h);
    }
}
