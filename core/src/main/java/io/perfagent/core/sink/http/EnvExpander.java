package io.perfagent.core.sink.http;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code ${NAME}} in a configured value from the environment, so a secret such as an API token stays in the
 * environment rather than in a properties file. A variable that is not set expands to nothing, with a message naming
 * the variable (never any value). Stateless; thread-safe.
 */
final class EnvExpander {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.]*)}");

    private EnvExpander() {
    }

    static String expand(String text, Function<String, String> env, String where, List<String> warnings) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = env.apply(m.group(1));
            if (value == null) {
                warnings.add("environment variable " + m.group(1) + " (used in " + where + ") is not set;"
                        + " it expands to nothing");
                value = "";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
