package io.perfagent.core.sink.hlog;

import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What {@link HlogMerge} produced: per decoded tag the summed histogram, the rows printed from them (sorted by
 * measure then key), one message per problem met, and how many files and histogram lines were read. The histograms
 * are owned by the caller once returned; not thread-safe.
 */
public record MergeResult(Map<String, Histogram> histograms, List<MergedRow> rows, List<String> problems, int files,
                          long histogramsRead) {
}
