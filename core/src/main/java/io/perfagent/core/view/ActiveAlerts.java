package io.perfagent.core.view;

import io.perfagent.core.read.AlertLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the alerts still firing: per rule and subject, the latest line (file order) decides, so a {@code firing}
 * followed by a {@code resolved} is not active. Stateless.
 */
public final class ActiveAlerts {

    private ActiveAlerts() {
    }

    public static List<AlertLine> of(List<AlertLine> alerts) {
        Map<String, AlertLine> latest = new LinkedHashMap<>();
        for (AlertLine a : alerts) {
            String id = a.rule() + "\u0000" + a.subject();
            latest.remove(id); // re-insert so the order follows the latest change
            latest.put(id, a);
        }
        List<AlertLine> firing = new ArrayList<>();
        latest.values().stream().filter(AlertLine::isFiring).forEach(firing::add);
        return firing;
    }
}
