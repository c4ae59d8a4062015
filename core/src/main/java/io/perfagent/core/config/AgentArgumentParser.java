package io.perfagent.core.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the {@code -javaagent:perfagent.jar=<argument>} string into key/value pairs:
 * {@code config=/path/agent.properties,methods.include=com.a.*,com.b.*,flush.interval=1s}.
 *
 * <p>The argument is split on commas outside parentheses. A segment whose left side of {@code =} is a plausible key
 * starts a new pair; any other segment continues the previous value, so list values need no quoting
 * ({@code methods.include} above is {@code com.a.*,com.b.*}). A later pair for the same key wins.
 * Stateless; never throws.
 */
final class AgentArgumentParser {


    private AgentArgumentParser() {
    }

    /** Name as written → raw value, in the order first seen. */
    static Map<String, String> parse(String argument, KeyCatalog catalog, List<String> warnings) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (argument == null || argument.isBlank()) {
            return pairs;
        }
        String current = null;
        for (String piece : TopLevelSplitter.split(argument, false)) {
            String segment = piece.trim();
            int eq = segment.indexOf('=');
            String left = eq > 0 ? segment.substring(0, eq).trim() : "";
            if (eq > 0 && (isPlausibleKey(left) || catalog.keyFor(left).isPresent())) {
                current = left;
                pairs.remove(current); // re-insert so that iteration order follows the last occurrence
                pairs.put(current, segment.substring(eq + 1).trim());
            } else if (segment.isEmpty()) {
                continue;
            } else if (current != null) {
                pairs.put(current, pairs.get(current) + "," + segment);
            } else {
                warnings.add(Warnings.notKeyValue(segment));
            }
        }
        return pairs;
    }

    /** A letter, then letters, digits, '_', '.' or '-': a key's shape (plain code, no regex: this runs in premain). */
    static boolean isPlausibleKey(String text) {
        if (text.isEmpty() || !isAsciiLetter(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
