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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An append-only file of whole lines that rolls over by size: the live file is {@code <base>.<ext>}; when it passes
 * the size limit it is renamed {@code <base>-<n>.<ext>} (n = 1, 2, ...) and a new live file starts. At most
 * {@code maxFiles} files (live one included) are kept. Retention deletes only rolled files of this base name that
 * this instance rolled itself or that were last written before it started: a name that merely looks like ours (the
 * live file of an app called {@code svc-12}, pid 3, is {@code perfagent-svc-12-3.jsonl}) is never deleted while it is
 * being written. An optional header (e.g. the histogram log's preamble) starts every new file.
 *
 * <p>Each line is written with one {@code write} call, so a crash leaves at most a torn last line; a write that fails
 * half-way is cut back off the file, so the retried line is never glued to a fragment. When the directory is
 * read-only or the disk is full, lines wait in a queue bounded in lines and bytes (oldest dropped first, counted), one
 * throttled message is printed, and writing resumes by itself (see RollingFileTest). Flush/shutdown thread only; not
 * thread-safe.
 */
public final class RollingFile {

    private static final int MAX_PENDING_LINES = 10_000;
    private static final long MIN_PENDING_BYTES = 1L << 20;
    private static final long MAX_PENDING_BYTES = 64L << 20;

    private final Path dir;
    private final String base;
    private final String extension;
    private final long maxBytes;
    private final int maxFiles;
    private final Supplier<byte[]> header;
    private final long maxPendingBytes;
    private final long startedMillis = System.currentTimeMillis();
    private final Set<Integer> rolledByUs = new HashSet<>();
    private final Deque<byte[]> pending = new ArrayDeque<>();
    private long pendingBytes;
    private long linesDropped;
    private long size = -1;
    private boolean fragmentLeft;
    private boolean broken;

    public RollingFile(Path dir, String base, String extension, long maxBytes, int maxFiles) {
        this(dir, base, extension, maxBytes, maxFiles, null);
    }

    /** As above; {@code header}, when not null, is written at the start of every new (empty) file. */
    public RollingFile(Path dir, String base, String extension, long maxBytes, int maxFiles, Supplier<byte[]> header) {
        this.dir = dir;
        this.base = base;
        this.extension = extension;
        this.maxBytes = Math.max(1024, maxBytes);
        this.maxFiles = Math.max(1, maxFiles);
        this.header = header;
        // Lines kept while the directory is unwritable: about one file's worth, never more than 64 MB.
        this.maxPendingBytes = Math.min(MAX_PENDING_BYTES, Math.max(MIN_PENDING_BYTES, this.maxBytes));
    }

    public Path livePath() {
        return dir.resolve(base + "." + extension);
    }

    /** Queues the line and writes everything queued; returns true when nothing is left waiting. */
    public boolean append(byte[] line) {
        pending.addLast(line);
        pendingBytes += line.length;
        while (pending.size() > MAX_PENDING_LINES || (pendingBytes > maxPendingBytes && pending.size() > 1)) {
            pendingBytes -= pending.removeFirst().length;
            linesDropped++;
        }
        return writePending();
    }

    private boolean writePending() {
        try {
            while (!pending.isEmpty()) {
                writeOne(pending.peekFirst());
                pendingBytes -= pending.removeFirst().length;
            }
            if (broken) {
                broken = false;
                AgentLog.clear(topic()); // recovered: a new failure is reported at once
            }
            return true;
        } catch (IOException | SecurityException e) {
            size = -1;
            broken = true;
            AgentLog.warnThrottled(topic(), "cannot write " + livePath() + " (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); keeping reports in memory (bounded) and retrying each interval");
            return false;
        }
    }

    /** One topic per directory: a broken report directory is one message, not one per output file. */
    private String topic() {
        return ReportDirTopic.of(dir);
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
        byte[] bytes = size == 0 && header != null ? concat(header.get(), line) : line;
        if (fragmentLeft) {
            bytes = concat(new byte[] {'\n'}, bytes); // ends a fragment that could not be cut off: it stays one bad line
        }
        try (FileChannel channel = FileChannel.open(live, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            long before = channel.size();
            try {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            } catch (IOException e) {
                cutBack(channel, before);
                throw e;
            }
            size = before + bytes.length;
            fragmentLeft = false;
        }
    }

    /** A write that failed half-way (disk full) must not leave a fragment for the retried line to be glued to. */
    private void cutBack(FileChannel channel, long length) {
        try {
            channel.truncate(length);
        } catch (IOException e) {
            fragmentLeft = true;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private void roll(Path live) throws IOException {
        List<Integer> numbers = rolledNumbers();
        int next = numbers.isEmpty() ? 1 : numbers.get(numbers.size() - 1) + 1;
        Files.move(live, rolled(next), StandardCopyOption.ATOMIC_MOVE);
        size = 0;
        rolledByUs.add(next);
        List<Integer> deletable = new ArrayList<>();
        for (int n : numbers) {
            if (isOurs(n)) {
                deletable.add(n);
            }
        }
        deletable.add(next);
        int excess = deletable.size() + 1 - maxFiles;
        for (int i = 0; i < excess; i++) {
            Files.deleteIfExists(rolled(deletable.get(i)));
        }
    }

    private Path rolled(int number) {
        return dir.resolve(base + "-" + number + "." + extension);
    }

    /** Rolled by this instance, or left by an earlier run: never a file some other live process is writing. */
    private boolean isOurs(int number) {
        if (rolledByUs.contains(number)) {
            return true;
        }
        try {
            return Files.getLastModifiedTime(rolled(number)).toMillis() < startedMillis;
        } catch (IOException e) {
            return false;
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
