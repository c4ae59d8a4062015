package io.perfagent.core.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads perfagent JSON-lines reports, tolerantly: a torn last line (the agent was killed mid-write), a corrupt line,
 * a line that is not an object or one written by a newer perfagent is skipped, counted and described in one message
 * naming file and line; nothing here throws at the caller. Unknown line types and unknown fields are ignored.
 *
 * <p>Not thread-safe: use one instance per read (instances are cheap).
 */
public final class ReportReader {

    /** The newest line format this reader understands. */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final ProblemLog problems = new ProblemLog();
    private final List<MetricsLine> intervals = new ArrayList<>();
    private final List<MetricsLine> summaries = new ArrayList<>();
    private final List<SlowLine> slows = new ArrayList<>();
    private final List<AlertLine> alerts = new ArrayList<>();
    private int files;

    /**
     * Reads each path: a directory contributes its {@code perfagent-*.jsonl} files in rotation order
     * ({@link ReportFiles}), a file is read as given. A missing path becomes a problem message.
     */
    public static Report read(List<Path> paths) {
        ReportReader reader = new ReportReader();
        paths.forEach(reader::add);
        return reader.report();
    }

    public static Report read(Path dirOrFile) {
        return read(List.of(dirOrFile));
    }

    private void add(Path path) {
        if (Files.isDirectory(path)) {
            addDirectory(path);
        } else if (Files.isRegularFile(path)) {
            addFile(path);
        } else {
            problems.note(path + ": no such file or directory, nothing read from it");
        }
    }

    private void addDirectory(Path dir) {
        try {
            List<Path> found = ReportFiles.inRotationOrder(dir);
            if (found.isEmpty()) {
                problems.note(dir + ": no perfagent-*.jsonl files in this directory");
            }
            found.forEach(this::addFile);
        } catch (IOException e) {
            problems.note(dir + ": cannot list directory (" + e.getMessage() + "), nothing read from it");
        }
    }

    private void addFile(Path file) {
        files++;
        String name = file.toString();
        boolean endsWithNewline = endsWithNewline(file);
        // InputStreamReader replaces malformed UTF-8 instead of throwing, so a damaged byte costs one line at most.
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            String line = in.readLine();
            long number = 0;
            while (line != null) {
                number++;
                String next = in.readLine();
                boolean torn = next == null && !endsWithNewline;
                addLine(name, number, line, torn);
                line = next;
            }
        } catch (IOException e) {
            problems.note(name + ": cannot read file (" + e.getMessage() + "), rest of the file skipped");
        }
    }

    private void addLine(String file, long number, String line, boolean lastWithoutNewline) {
        if (line.isBlank()) {
            return;
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            String kind = lastWithoutNewline ? "torn last line (the writer stopped mid-line)" : "not valid JSON";
            problems.skipped(file, number, kind, "");
            return;
        }
        if (node == null || !node.isObject()) {
            problems.skipped(file, number, "not a JSON object", "");
            return;
        }
        int version = node.path("version").asInt(VERSION);
        if (version > VERSION) {
            problems.skipped(file, number, "written by a newer perfagent", "format version " + version);
            return;
        }
        decode(node, file, number);
    }

    private void decode(JsonNode node, String file, long number) {
        String source = file + ":" + number;
        try {
            switch (node.path("type").asText()) {
                case "interval" -> intervals.add(LineDecoder.metrics(node, source));
                case "summary" -> summaries.add(LineDecoder.metrics(node, source));
                case "slow" -> slows.add(LineDecoder.slow(node));
                case "alert" -> alerts.add(LineDecoder.alert(node));
                default -> {
                    // config lines and types added by later versions carry nothing the report needs
                }
            }
        } catch (LineDecoder.Missing e) {
            problems.skipped(file, number, "incomplete " + node.path("type").asText() + " line", e.getMessage());
        }
    }

    private static boolean endsWithNewline(Path file) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            if (length == 0) {
                return true;
            }
            raf.seek(length - 1);
            return raf.read() == '\n';
        } catch (IOException e) {
            return true;
        }
    }

    private Report report() {
        return new Report(intervals, summaries, slows, alerts, problems.messages(), problems.skippedCount(), files);
    }
}
