package io.perfagent.core.sink.hlog;

import io.perfagent.core.report.MetricSummary;
import io.perfagent.core.report.ReportLine;
import io.perfagent.core.report.ReportSink;
import io.perfagent.core.report.RollingFile;
import io.perfagent.core.runtime.ProcessInfo;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * {@code perfagent-<app>-<pid>.hlog}: each interval's full histograms in HdrHistogram's standard log format, one
 * line per key and measure, tagged {@code latency:<key>} (nanoseconds) or {@code alloc:<key>} (bytes) with the key
 * encoded by {@link TagCodec}. Rolled and pruned like the JSON report; every file starts with its own header, so each
 * is readable alone by HistogramLogReader, HistogramLogProcessor or {@code perfagent merge}. The summary line is not
 * written: it is the sum of the intervals, and merging it too would count every call twice. Same threading contract
 * as {@link ReportSink}.
 */
public final class HlogSink implements ReportSink {

    public static final String LATENCY = "latency:";
    public static final String ALLOC = "alloc:";
    /** The legend's Interval_Max column in milliseconds for nanosecond latencies; bytes as they are. */
    private static final double NANOS_PER_MILLI = 1_000_000.0;

    private final RollingFile file;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    /**
     * Created at the first interval written, on the flush thread: HdrHistogram's writer compiles its regular
     * expressions when created, which the agent's start would otherwise pay while the application starts.
     */
    private HistogramLogWriter writer;

    public HlogSink(RollingFile file) {
        this.file = file;
    }

    public static HlogSink create(Path dir, ProcessInfo process, long maxBytes, int maxFiles) {
        String comment = "perfagent " + process.app() + " pid " + process.pid() + " on " + process.host()
                + ": tags latency:<key> in ns and alloc:<key> in bytes; keys percent-encoded (% , = whitespace)";
        return new HlogSink(new RollingFile(dir, process.fileBaseName(), "hlog", maxBytes, maxFiles,
                () -> header(comment)));
    }

    static byte[] header(String comment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        HistogramLogWriter w = new HistogramLogWriter(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        w.outputComment(comment);
        w.outputLogFormatVersion();
        w.outputStartTime(System.currentTimeMillis());
        w.outputBaseTime(0); // timestamps are absolute epoch seconds, so a rolled file needs nothing earlier
        w.outputLegend();
        return bytes.toByteArray();
    }

    @Override
    public void onReport(ReportLine line) {
        if (line.isSummary()) {
            return;
        }
        double start = epochSeconds(line.start());
        double end = epochSeconds(line.end());
        for (MetricSummary m : line.metrics()) {
            write(LATENCY, m.key(), m.latencyHistogram(), start, end, NANOS_PER_MILLI);
            write(ALLOC, m.key(), m.allocHistogram(), start, end, 1.0);
        }
        file.retry();
    }

    private void write(String measure, String key, Histogram histogram, double start, double end, double ratio) {
        if (histogram == null || histogram.getTotalCount() == 0) {
            return;
        }
        String previous = histogram.getTag();
        histogram.setTag(measure + TagCodec.encode(key));
        if (writer == null) {
            writer = new HistogramLogWriter(out);
        }
        try {
            writer.outputIntervalHistogram(start, end, histogram, ratio);
        } finally {
            histogram.setTag(previous);
        }
        out.flush();
        file.append(buffer.toByteArray());
        buffer.reset();
    }

    private static double epochSeconds(String iso) {
        try {
            return Instant.parse(iso).toEpochMilli() / 1000.0;
        } catch (DateTimeParseException | NullPointerException e) {
            return System.currentTimeMillis() / 1000.0;
        }
    }

    @Override
    public void close() {
        file.retry();
    }

    public long linesDropped() {
        return file.linesDropped();
    }
}
