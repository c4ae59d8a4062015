package io.perfagent.core.view;

import io.perfagent.core.read.AlertLine;
import io.perfagent.core.read.MetricsLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the alerts still firing: per process, rule and subject, the latest line (file order) decides, so a
 * {@code firing} followed by a {@code resolved} is not active. An alert whose series has ended, that is whose process
 * wrote a {@code summary} covering the alert's time (the process exited or perfagent was detached), is not active
 * either: nothing watches that rule any more. Lines that do not name their process are judged by their state alone.
 * Stateless.
 */
public final class ActiveAlerts {

    private ActiveAlerts() {
    }

    /** The firing ones among {@code alerts}, leaving out those of the series that {@code summaries} show ended. */
    public static List<AlertLine> of(List<AlertLine> alerts, List<MetricsLine> summaries) {
        Map<String, AlertLine> latest = new LinkedHashMap<>();
        for (AlertLine a : alerts) {
            String id = a.process() + "\u0000" + a.rule() + "\u0000" + a.subject();
            latest.remove(id); // re-insert so the order follows the latest change
            latest.put(id, a);
        }
        List<AlertLine> firing = new ArrayList<>();
        for (AlertLine a : latest.values()) {
            if (a.isFiring() && !seriesEnded(a, summaries)) {
                firing.add(a);
            }
        }
        return firing;
    }

    private static boolean seriesEnded(AlertLine alert, List<MetricsLine> summaries) {
        if (alert.process().isEmpty()) {
            return false;
        }
        for (MetricsLine summary : summaries) {
            if (summary.process().equals(alert.process()) && !alert.at().isBefore(summary.start())
                    && !alert.at().isAfter(summary.end())) {
                return true;
            }
        }
        return false;
    }
}
