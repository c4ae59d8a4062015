package io.perfagent.core.read;

import java.util.List;

/**
 * Everything {@link ReportReader} understood in one or more report files, in file order (rotation order), plus one
 * message per problem it skipped over. Lines of unknown types are not kept.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param problems     one-line messages naming file and line, repeated problems capped (see {@link ReportReader})
 * @param skippedLines every line that was skipped because of a problem, including those whose message was capped
 * @param files        how many report files were read
 */
public record Report(List<MetricsLine> intervals, List<MetricsLine> summaries, List<SlowLine> slows,
                     List<AlertLine> alerts, List<String> problems, int skippedLines, int files) {

    public Report {
        intervals = List.copyOf(intervals);
        summaries = List.copyOf(summaries);
        slows = List.copyOf(slows);
        alerts = List.copyOf(alerts);
        problems = List.copyOf(problems);
    }

    /** True when not a single line carried metrics: the caller says so instead of printing an empty table. */
    public boolean hasNoMetrics() {
        return intervals.isEmpty() && summaries.isEmpty();
    }
}
