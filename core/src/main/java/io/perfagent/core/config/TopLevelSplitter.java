package io.perfagent.core.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text on separators that are not inside parentheses, so that a method pattern such as
 * {@code com.x.Svc#find(java.lang.String, int)} stays one piece. Shared by LIST values and the agent argument.
 * A stray {@code )} is treated as text; an unclosed {@code (} swallows the rest, which {@link #isBalanced} reports.
 *
 * <p>Stateless; safe to call from any thread.
 */
final class TopLevelSplitter {

    private TopLevelSplitter() {
    }

    /** Splits on top-level commas, and also on newlines when {@code newlines} is true. Pieces are not trimmed. */
    static List<String> split(String text, boolean newlines) {
        List<String> pieces = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (c == ',' || (newlines && (c == '\n' || c == '\r')))) {
                pieces.add(text.substring(start, i));
                start = i + 1;
            }
        }
        pieces.add(text.substring(start));
        return pieces;
    }

    /** True when every {@code (} is closed by a later {@code )} and no {@code )} comes before its {@code (}. */
    static boolean isBalanced(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
