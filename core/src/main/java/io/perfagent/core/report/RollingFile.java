package io.perfagent.core.report;

import io.perfagent.core.log.AgentLog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An append-only file of whole lines that rolls over by size: the live file is {@code <base>.<ext>}; when it passes
 * the size limit it is renamed {@code <base>-<n>.<ext>} (n = 1, 2, ...) and a new live file starts. At most
 * {@code maxFiles} files (live one included) are kept; only files of this base name are ever deleted.
 *
 * <p>Each line is written with one {@code write} call, so a crash leaves at most a torn last line. When the directory
 * is read-only or the disk is full, lines wait in a bounded queue (oldest dropped first, counted), one throttled
 * message is printed, and writing resumes by itself. Flush/shutdown thread only; not thread-safe.
 */
public final class RollingFile {

    private static final int MAX_PENDING_LINES = 10_000;

    private final Path dir;
    private final String base;
    private final String extension;
    private final long maxBytes;
    private final int maxFiles;
    private final Deque<byte[]> pending = new ArrayDeque<>();
    private long linesDropped;
    private long size = -1;
    /** The live file ends in a fragment of a failed write that could not be cut off. */
    private boolean tornTail;

    public RollingFile(Path dir, String base, String extension, long maxBytes, int maxFiles) {
        this.dir = dir;
        this.base = base;
        this.extension = extension;
        this.maxBytes = Math.max(1024, maxBytes);
        this.maxFiles = Math.max(1, maxFiles);
    }

    public Path livePath() {
        return dir.resolve(base + "." + extension);
    }

    /** Queues the line and writes everything queued; returns true when nothing is left waiting. */
    public boolean append(byte[] line) {
        if (pending.size() >= MAX_PENDING_LINES) {
            pending.removeFirst();
            linesDropped++;
        }
        pending.addLast(line);
        return writePending();
    }

    private boolean writePending() {
        try {
            while (!pending.isEmpty()) {
                writeOne(pending.peekFirst());
                pending.removeFirst();
            }
            AgentLog.clear(topic());
            return true;
        } catch (IOException | SecurityException e) {
            size = -1;
            AgentLog.warnThrottled(topic(), "cannot write " + livePath() + " (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); keeping " + pending.size() + " line(s) in memory and retrying each interval");
            return false;
        }
    }

    private String topic() {
        return "file-" + livePath();
    }

    private void writeOne(byte[] line) throws IOException {
        Files.createDirectories(dir);
        Path live = livePath();
        if (size < 0) {
            size = Files.exists(live) ? Files.size(live) : 0;
        }
        if (size > 0 && size + line.length > maxBytes) {
            roll(live);
        }
        try (FileChannel channel = FileChannel.open(live, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            long before = channel.size();
            ByteBuffer buffer = ByteBuffer.wrap(tornTail ? startingOnNewLine(line) : line);
            try {
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            } catch (IOException e) {
                discardPartialLine(channel, before, buffer.position() > 0);
                throw e;
            }
            tornTail = false;
            size += buffer.capacity();
        }
    }

    private static byte[] startingOnNewLine(byte[] line) {
        byte[] out = new byte[line.length + 1];
        out[0] = '\n';
        System.arraycopy(line, 0, out, 1, line.length);
        return out;
    }

    /**
     * A full disk or a file-size limit can accept part of a line before failing. The line stays queued and is written
     * again whole, so its fragment is cut off here; if even that fails, the next write starts on a new line, so the
     * fragment stays a line of its own that readers skip (ReportDirSafetyIT).
     */
    private void discardPartialLine(FileChannel channel, long before, boolean wroteSome) {
        try {
            if (channel.size() > before) {
                channel.truncate(before);
            }
        } catch (IOException e) {
            tornTail = tornTail || wroteSome;
        }
    }

    private void roll(Path live) throws IOException {
        List<Integer> numbers = rolledNumbers();
        int next = numbers.isEmpty() ? 1 : numbers.get(numbers.size() - 1) + 1;
        Files.move(live, dir.resolve(base + "-" + next + "." + extension), StandardCopyOption.ATOMIC_MOVE);
        size = 0;
        tornTail = false;
        numbers.add(next);
        int excess = numbers.size() + 1 - maxFiles;
        for (int i = 0; i < excess; i++) {
            Files.deleteIfExists(dir.resolve(base + "-" + numbers.get(i) + "." + extension));
        }
    }

    /** Numbers of this base's rolled files, ascending (oldest first). */
    private List<Integer> rolledNumbers() throws IOException {
        Pattern pattern = Pattern.compile(Pattern.quote(base) + "-(\\d+)\\." + Pattern.quote(extension));
        List<Integer> numbers = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                Matcher matcher = pattern.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    numbers.add(Integer.parseInt(matcher.group(1)));
                }
            }
        }
        numbers.sort(null);
        return numbers;
    }

    /** Retries lines left over from an earlier failure; returns true when none remain. */
    public boolean retry() {
        return pending.isEmpty() || writePending();
    }

    public long linesDropped() {
        return linesDropped;
    }

    public int linesPending() {
        return pending.size();
    }
}
