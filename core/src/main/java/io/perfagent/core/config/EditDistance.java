package io.perfagent.core.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the declared name a misspelt key was probably meant to be, for "did you mean" hints. Uses the optimal
 * string alignment distance (a swap of two neighbours counts as one edit, so {@code intreval} is one edit from
 * {@code interval}), ignoring case. Stateless; safe to call from any thread.
 */
final class EditDistance {

    private EditDistance() {
    }

    /** The closest candidate within a small distance (1 for names of 5 characters or fewer, else 2), if any. */
    static Optional<String> closest(String written, Collection<String> candidates) {
        int limit = written.length() <= 5 ? 1 : 2;
        String best = null;
        int bestDistance = limit + 1;
        for (String candidate : candidates) {
            int d = distance(written.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
