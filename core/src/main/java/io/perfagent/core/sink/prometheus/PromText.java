package io.perfagent.core.sink.prometheus;

/**
 * The lexical rules of the Prometheus text exposition format 0.0.4: label values escape {@code \}, {@code "} and
 * line feed; HELP text escapes {@code \} and line feed; numbers are Go-parsable floats ({@code NaN}, {@code +Inf}).
 * Stateless; thread-safe.
 */
final class PromText {

    private PromText() {
    }

    static String labelValue(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String help(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n");
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
