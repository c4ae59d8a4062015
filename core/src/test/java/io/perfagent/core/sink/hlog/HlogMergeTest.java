package io.perfagent.core.sink.hlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfagent.core.report.RollingFile;
import io.perfagent.core.sink.Lines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HlogMergeTest {

    private static final String SQL = "SELECT a, b FROM orders WHERE id = ?";

    @TempDir
    Path dir;

    /** Writes two intervals of random values for two keys through the real sink; returns the union per key. */
    private Histogram[] writeRun(String name, long seed) {
        Random random = new Random(seed);
        Histogram allSql = Lines.histogram();
        Histogram allAlloc = Lines.histogram();
        HlogSink sink = new HlogSink(new RollingFile(dir, name, "hlog", 1 << 20, 5,
                () -> HlogSink.header("test run " + name)));
        for (int interval = 0; interval < 2; interval++) {
            Histogram lat = Lines.histogram();
            Histogram alloc = Lines.histogram();
            for (int i = 0; i < 5000; i++) {
                long v = 1000 + (long) (Math.abs(random.nextGaussian()) * 5_000_000);
                lat.recordValue(v);
                allSql.recordValue(v);
                long a = random.nextInt(1 << 20);
                alloc.recordValue(a);
                allAlloc.recordValue(a);
            }
            sink.onReport(Lines.interval("2026-01-01T00:00:0" + interval + "Z", "2026-01-01T00:00:0" + (interval + 1)
                    + "Z", List.of(Lines.metric("method", SQL, lat, alloc))));
        }
        sink.onReport(Lines.summary(List.of(Lines.metric("method", SQL, allSql, allAlloc)))); // must not be logged
        return new Histogram[] {allSql, allAlloc};
    }

    @Test
    void mergingTwoRunsEqualsTheHistogramOfTheUnionOfTheirValues() {
        Histogram[] a = writeRun("perfagent-shop-1", 1);
        Histogram[] b = writeRun("perfagent-shop-2", 2);
        Histogram union = Lines.histogram();
        union.add(a[0]);
        union.add(b[0]);

        MergeResult result = HlogMerge.merge(List.of(dir), null);
        assertEquals(List.of(), result.problems());
        assertEquals(2, result.files());
        assertEquals(8, result.histogramsRead(), "2 runs x 2 intervals x 2 measures; the summary is not logged");
        Histogram merged = result.histograms().get("latency:" + SQL);
        assertEquals(union, merged, "bucket-for-bucket equal");
        MergedRow row = result.rows().stream().filter(r -> r.measure().equals("latency")).findFirst().orElseThrow();
        assertEquals(SQL, row.key());
        assertEquals(20_000, row.count());
        assertEquals(union.getValueAtPercentile(50), row.p50());
        assertEquals(union.getValueAtPercentile(95), row.p95());
        assertEquals(union.getValueAtPercentile(99), row.p99());
        assertEquals(union.getMaxValue(), row.max());
        Histogram allocUnion = Lines.histogram();
        allocUnion.add(a[1]);
        allocUnion.add(b[1]);
        assertEquals(allocUnion, result.histograms().get("alloc:" + SQL));
    }

    @Test
    void theTagPrefixSelectsMeasures() {
        writeRun("perfagent-shop-3", 3);
        MergeResult result = HlogMerge.merge(List.of(dir), "alloc:");
        assertEquals(List.of("alloc:" + SQL), new ArrayList<>(result.histograms().keySet()));
    }

    @Test
    void theStandardReaderReadsTheWholeFileWithTags() throws IOException {
        writeRun("perfagent-shop-4", 4);
        Path file = dir.resolve("perfagent-shop-4.hlog");
        List<String> tags = new ArrayList<>();
        try (HistogramLogReader reader = new HistogramLogReader(file.toFile())) {
            for (EncodableHistogram h = reader.nextIntervalHistogram(); h != null; h = reader.nextIntervalHistogram()) {
                tags.add(TagCodec.decode(h.getTag()));
                assertTrue(h.getStartTimeStamp() >= 1_767_225_600_000L, "absolute epoch timestamps");
            }
        }
        assertEquals(List.of("latency:" + SQL, "alloc:" + SQL, "latency:" + SQL, "alloc:" + SQL), tags);
    }

    @Test
    void aTornOrCorruptLineIsSkippedAndNamedAndTheRestCounts() throws IOException {
        writeRun("perfagent-shop-5", 5);
        Path file = dir.resolve("perfagent-shop-5.hlog");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        int firstData = 0;
        while (lines.get(firstData).startsWith("#") || lines.get(firstData).startsWith("\"")) {
            firstData++;
        }
        lines.add(firstData, "Tag=latency:x,1.0,1.0,1.0,bm90IGEgaGlzdG9ncmFt"); // valid base64, not a histogram
        Files.write(file, lines);
        String good = lines.get(firstData + 1);
        Files.writeString(file, good.substring(0, good.length() / 2), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND); // torn last line
        MergeResult result = HlogMerge.merge(List.of(file), "latency:");
        assertEquals(2, result.problems().size(), result.problems().toString());
        assertEquals(4, result.histogramsRead());
        assertEquals(10_000, result.histograms().get("latency:" + SQL).getTotalCount());
    }

    @Test
    void missingInputsAreProblemsNotExceptions() {
        MergeResult result = HlogMerge.merge(List.of(dir.resolve("nope")), null);
        assertEquals(1, result.problems().size());
        assertTrue(result.rows().isEmpty());
    }
}
