package io.perfagent.core.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a newly loaded configuration may replace the one in force. A file is taken whole or not at all: any
 * problem that the configuration in force did not already have (a bad value, an unknown key, an unreadable file, a
 * malformed method pattern) rejects it, with one line naming the first problem, and the previous configuration
 * stays. Problems already present when the configuration in force was loaded do not block later edits.
 * Immutable; {@link #decide} is pure.
 */
public record ReloadDecision(Outcome outcome, ConfigChange change, String message) {

    public enum Outcome {
        /** Nothing that matters changed; nothing to do and nothing to say. */
        UNCHANGED,
        /** Valid and different: apply {@link #change()}. */
        APPLY,
        /** Invalid: keep the configuration in force; {@link #message()} says why. */
        REJECT
    }

    /**
     * @param current         the configuration in force and the warnings it was loaded with
     * @param currentProblems other problems the configuration in force has (e.g. malformed patterns)
     * @param next            the newly loaded configuration
     * @param nextProblems    the same checks run on {@code next}
     */
    public static ReloadDecision decide(LoadedConfig current, List<String> currentProblems, LoadedConfig next,
                                        List<String> nextProblems) {
        Set<String> known = new LinkedHashSet<>(current.warnings());
        known.addAll(currentProblems);
        List<String> fresh = new ArrayList<>();
        for (String problem : concat(next.warnings(), nextProblems)) {
            if (!known.contains(problem) && !fresh.contains(problem)) {
                fresh.add(problem);
            }
        }
        if (!fresh.isEmpty()) {
            return new ReloadDecision(Outcome.REJECT, null, rejection(fresh));
        }
        ConfigChange change = ConfigChange.between(current.config(), next.config());
        return new ReloadDecision(change.isEmpty() ? Outcome.UNCHANGED : Outcome.APPLY, change, "");
    }

    private static String rejection(List<String> problems) {
        String first = problems.get(0).startsWith("perfagent: ")
                ? problems.get(0).substring("perfagent: ".length()) : problems.get(0);
        // the loader's own remedy ("; using 10s", "; ignored") does not happen here: the whole file is refused
        first = first.replaceFirst("; (using .*|ignored|using defaults)$", "");
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problem"
                + (problems.size() > 2 ? "s" : "") + ")" : "";
        return "perfagent: config reload rejected: " + first + more + "; keeping the previous configuration";
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
