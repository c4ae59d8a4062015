package io.perfagent.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfagent.core.read.Report;
import io.perfagent.core.read.ReportReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollingFileTest {

    @TempDir
    Path dir;

    private static byte[] line(int i) {
        return ("{\"type\":\"interval\",\"n\":" + i + ",\"start\":\"2026-01-01T00:00:00Z\",\"end\":\"2026-01-01T00:00:01Z\"}\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static List<Integer> numbers(Path... files) throws IOException {
        List<Integer> out = new ArrayList<>();
        for (Path f : files) {
            for (String l : Files.readAllLines(f)) {
                int at = l.indexOf("\"n\":");
                if (at >= 0) {
                    out.add(Integer.parseInt(l.substring(at + 4, l.indexOf(',', at))));
                }
            }
        }
        return out;
    }

    @Test
    void anUncreatableDirectoryKeepsLinesInMemoryWarnsOnceAndCatchesUpWhenFixed() throws IOException {
        // A regular file where the report directory's parent should be: fails even for root.
        Path blocker = Files.writeString(dir.resolve("blocked"), "a file, not a directory");
        RollingFile file = new RollingFile(blocker.resolve("reports"), "perfagent-shop-1", "jsonl", 1 << 20, 5);
        try (StderrCapture err = new StderrCapture()) {
            for (int i = 0; i < 50; i++) {
                assertFalse(file.append(line(i)));
            }
            assertEquals(1, err.lines().size(), "one throttled message: " + err.lines());
            assertTrue(err.lines().get(0).startsWith("perfagent: cannot write"), err.lines().get(0));
        }
        assertEquals(50, file.linesPending());
        Files.delete(blocker);
        Files.createDirectory(blocker);
        assertTrue(file.append(line(50)));
        assertEquals(0, file.linesPending());
        assertEquals(0, file.linesDropped());
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i <= 50; i++) {
            expected.add(i);
        }
        assertEquals(expected, numbers(file.livePath()), "nothing lost, order kept");
    }

    @Test
    void aFullDiskLeavesNoFragmentAndResumes() throws IOException {
        Path devFull = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.exists(devFull), "/dev/full is needed to simulate a full disk");
        RollingFile file = new RollingFile(dir, "perfagent-shop-2", "jsonl", 1 << 20, 5);
        assertTrue(file.append(line(0)));
        Files.move(file.livePath(), dir.resolve("saved"));
        Files.createSymbolicLink(file.livePath(), devFull);
        try (StderrCapture err = new StderrCapture()) {
            assertFalse(file.append(line(1)));
            assertFalse(file.append(line(2)));
            assertEquals(1, err.lines().size(), err.lines().toString());
        }
        Files.delete(file.livePath());
        Files.move(dir.resolve("saved"), file.livePath());
        assertTrue(file.retry());
        assertEquals(List.of(0, 1, 2), numbers(file.livePath()));
    }

    @Test
    void memoryWhileBrokenIsBoundedOldestDroppedFirstAndCounted() throws IOException {
        Path blocker = Files.writeString(dir.resolve("blocked"), "x");
        RollingFile file = new RollingFile(blocker.resolve("r"), "perfagent-shop-3", "jsonl", 1024, 5);
        byte[] big = new byte[100 * 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        big[big.length - 1] = '\n';
        try (StderrCapture ignored = new StderrCapture()) {
            for (int i = 0; i < 30; i++) {
                file.append(big); // 3 MB in all; at most 1 MB (the floor for small files) is kept
            }
        }
        assertTrue(file.linesPending() <= 10, "pending " + file.linesPending());
        assertEquals(30 - file.linesPending(), file.linesDropped());
    }

    @Test
    void rollsBySizeKeepsMaxFilesAndDeletesOnlyItsOwnFiles() throws IOException {
        Path userFile = Files.writeString(dir.resolve("notes.jsonl"), "mine");
        Path otherApp = Files.writeString(dir.resolve("perfagent-billing-7-1.jsonl"), "other app");
        // The live file of an app called "shop-4", pid 1, looks exactly like our first rolled part, and it is being
        // written right now: it must survive retention.
        Path lookalike = Files.writeString(dir.resolve("perfagent-shop-4-1.jsonl"), "someone's live file\n");
        Files.setLastModifiedTime(lookalike, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Path stale = Files.writeString(dir.resolve("perfagent-shop-4-2.jsonl"), "an earlier run\n");
        Files.setLastModifiedTime(stale, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));

        RollingFile file = new RollingFile(dir, "perfagent-shop-4", "jsonl", 1024, 3);
        for (int i = 0; i < 200; i++) {
            assertTrue(file.append(line(i)));
        }
        assertTrue(Files.exists(userFile) && Files.exists(otherApp) && Files.exists(lookalike));
        assertFalse(Files.exists(stale), "a stale part of an earlier run is pruned");
        List<Path> ours;
        try (Stream<Path> s = Files.list(dir)) {
            ours = s.filter(p -> p.getFileName().toString().matches("perfagent-shop-4(-\\d+)?\\.jsonl"))
                    .filter(p -> !p.equals(lookalike)).sorted().toList();
        }
        assertEquals(3, ours.size(), ours.toString());
        for (Path p : ours) {
            assertTrue(Files.size(p) <= 1024, p + " " + Files.size(p));
        }
        List<Integer> kept = numbers(ours.get(0), ours.get(1), file.livePath());
        assertEquals(199, kept.get(kept.size() - 1));
        for (int i = 1; i < kept.size(); i++) {
            assertEquals(kept.get(i - 1) + 1, kept.get(i), "the newest lines are kept, in order");
        }
    }

    @Test
    void everyNewFileStartsWithTheHeader() throws IOException {
        RollingFile file = new RollingFile(dir, "perfagent-shop-5", "hlog", 1024, 10,
                () -> "#header\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 60; i++) {
            file.append(line(i));
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.toList();
            assertTrue(files.size() > 2, files.toString());
            for (Path p : files) {
                assertEquals("#header", Files.readAllLines(p).get(0), p.toString());
            }
        }
    }

    @Test
    void aTornLastLineIsSkippedByTheReaderAndTheRestIsRead() throws IOException {
        RollingFile file = new RollingFile(dir, "perfagent-shop-6", "jsonl", 1 << 20, 5);
        for (int i = 0; i < 3; i++) {
            file.append(line(i));
        }
        Files.write(file.livePath(), "{\"type\":\"interval\",\"sta".getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);
        Report report = ReportReader.read(dir);
        assertEquals(3, report.intervals().size());
        assertEquals(1, report.skippedLines());
        assertTrue(report.problems().get(0).contains("torn last line"), report.problems().toString());
    }
}
