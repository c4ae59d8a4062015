package io.perfagent.core.sink.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads {@code sink.http.headers} entries ({@code Name=value}, {@code ${VAR}} expanded) into request headers. A bad
 * entry is skipped with a message that names the header but never shows its value: header values are secrets.
 * Stateless; thread-safe.
 */
final class HeaderParser {

    private static final String KEY = "sink.http.headers";
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    /** Set by the JDK client or by the sink itself; a configured value would be refused or wrong. */
    private static final Set<String> RESERVED = Set.of("host", "content-length", "connection", "expect", "upgrade",
            "content-type", "content-encoding", "date", "via", "warning");

    private HeaderParser() {
    }

    static Map<String, String> parse(List<String> entries, Function<String, String> env, List<String> warnings) {
        Map<String, String> headers = new LinkedHashMap<>();
        int index = 0;
        for (String entry : entries) {
            index++;
            int eq = entry.indexOf('=');
            String name = eq < 0 ? "" : entry.substring(0, eq).trim();
            if (!TOKEN.matcher(name).matches()) {
                warnings.add(KEY + " entry " + index + " is not Name=value; it is ignored");
                continue;
            }
            if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                warnings.add(KEY + ": header " + name + " is set by perfagent itself; the configured one is ignored");
                continue;
            }
            String value = EnvExpander.expand(entry.substring(eq + 1).trim(), env, KEY + " " + name, warnings).trim();
            if (value.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0)) {
                warnings.add(KEY + ": the value of header " + name + " contains a line break; the header is ignored");
                continue;
            }
            headers.put(name, value);
        }
        return headers;
    }
}
