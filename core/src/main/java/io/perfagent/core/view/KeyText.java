package io.perfagent.core.view;

/**
 * Shortens keys for a fixed-width column. A method key keeps its class and method (the informative end) and loses
 * package letters first: {@code com.example.orders.OrderService#placeOrder} becomes
 * {@code c.e.o.OrderService#placeOrder}; SQL and other keys keep their beginning (the operation and table).
 * Stateless.
 */
final class KeyText {

    static final String ELLIPSIS = "…";

    private KeyText() {
    }

    static String fit(String kind, String key, int width) {
        String oneLine = key.replaceAll("\\s+", " ");
        if (oneLine.length() <= width) {
            return oneLine;
        }
        if ("method".equals(kind)) {
            String shorter = abbreviatePackages(oneLine);
            if (shorter.length() <= width) {
                return shorter;
            }
            return ELLIPSIS + shorter.substring(shorter.length() - (width - 1));
        }
        return oneLine.substring(0, width - 1) + ELLIPSIS;
    }

    /** A short name for a chart legend: a method's {@code Class#method}, else the key's start. */
    static String legend(String kind, String key) {
        if ("method".equals(kind)) {
            String type = key.contains("#") ? key.substring(0, key.indexOf('#')) : key;
            return fit(kind, key.substring(type.lastIndexOf('.') + 1), 32);
        }
        return fit(kind, key, 32);
    }

    /** {@code a.b.C#m} → each lower-case package segment becomes its first letter. */
    static String abbreviatePackages(String key) {
        int hash = key.indexOf('#');
        String type = hash < 0 ? key : key.substring(0, hash);
        String rest = hash < 0 ? "" : key.substring(hash);
        String[] parts = type.split("\\.");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            boolean pkg = i < parts.length - 1 && !parts[i].isEmpty() && Character.isLowerCase(parts[i].charAt(0));
            out.append(pkg ? parts[i].substring(0, 1) : parts[i]);
            if (i < parts.length - 1) {
                out.append('.');
            }
        }
        return out + rest;
    }
}
